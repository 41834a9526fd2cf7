/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.User#getUserPrincipalName <em>User Principal Name</em>}</li>
 *   <li>{@link org.flowpilot.model.User#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.flowpilot.model.User#isMfaRequired <em>Mfa Required</em>}</li>
 *   <li>{@link org.flowpilot.model.User#getOnPremisesAccount <em>On Premises Account</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getUser()
 * @model
 * @generated
 */
public interface User extends NamedElement {
	/**
	 * Returns the value of the '<em><b>User Principal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Principal Name</em>' attribute.
	 * @see #setUserPrincipalName(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getUser_UserPrincipalName()
	 * @model
	 * @generated
	 */
	String getUserPrincipalName();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.User#getUserPrincipalName <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Principal Name</em>' attribute.
	 * @see #getUserPrincipalName()
	 * @generated
	 */
	void setUserPrincipalName(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getUser_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.User#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Mfa Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfa Required</em>' attribute.
	 * @see #setMfaRequired(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getUser_MfaRequired()
	 * @model
	 * @generated
	 */
	boolean isMfaRequired();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.User#isMfaRequired <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa Required</em>' attribute.
	 * @see #isMfaRequired()
	 * @generated
	 */
	void setMfaRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>On Premises Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Active Directory account, as DOMAIN and user name, used at the Windows sign-on screen in hybrid join.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Premises Account</em>' attribute.
	 * @see #setOnPremisesAccount(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getUser_OnPremisesAccount()
	 * @model
	 * @generated
	 */
	String getOnPremisesAccount();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.User#getOnPremisesAccount <em>On Premises Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Premises Account</em>' attribute.
	 * @see #getOnPremisesAccount()
	 * @generated
	 */
	void setOnPremisesAccount(String value);

} // User
