/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Windows Sign On Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.WindowsSignOnStep#isOnPremisesCredentials <em>On Premises Credentials</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getWindowsSignOnStep()
 * @model
 * @generated
 */
public interface WindowsSignOnStep extends Step {
	/**
	 * Returns the value of the '<em><b>On Premises Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ctrl+Alt+Del and the on-premises domain credentials (hybrid join).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Premises Credentials</em>' attribute.
	 * @see #setOnPremisesCredentials(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getWindowsSignOnStep_OnPremisesCredentials()
	 * @model
	 * @generated
	 */
	boolean isOnPremisesCredentials();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.WindowsSignOnStep#isOnPremisesCredentials <em>On Premises Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Premises Credentials</em>' attribute.
	 * @see #isOnPremisesCredentials()
	 * @generated
	 */
	void setOnPremisesCredentials(boolean value);

} // WindowsSignOnStep
