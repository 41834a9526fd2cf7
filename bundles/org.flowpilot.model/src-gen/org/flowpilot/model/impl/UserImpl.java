/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.UserImpl#getUserPrincipalName <em>User Principal Name</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.UserImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.UserImpl#isMfaRequired <em>Mfa Required</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.UserImpl#getOnPremisesAccount <em>On Premises Account</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserImpl extends NamedElementImpl implements User {
	/**
	 * The default value of the '{@link #getUserPrincipalName() <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrincipalName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_PRINCIPAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPrincipalName() <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrincipalName()
	 * @generated
	 * @ordered
	 */
	protected String userPrincipalName = USER_PRINCIPAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isMfaRequired() <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfaRequired() <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean mfaRequired = MFA_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnPremisesAccount() <em>On Premises Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPremisesAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String ON_PREMISES_ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnPremisesAccount() <em>On Premises Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPremisesAccount()
	 * @generated
	 * @ordered
	 */
	protected String onPremisesAccount = ON_PREMISES_ACCOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.USER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserPrincipalName() {
		return userPrincipalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPrincipalName(String newUserPrincipalName) {
		String oldUserPrincipalName = userPrincipalName;
		userPrincipalName = newUserPrincipalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.USER__USER_PRINCIPAL_NAME, oldUserPrincipalName, userPrincipalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.USER__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfaRequired() {
		return mfaRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfaRequired(boolean newMfaRequired) {
		boolean oldMfaRequired = mfaRequired;
		mfaRequired = newMfaRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.USER__MFA_REQUIRED, oldMfaRequired, mfaRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnPremisesAccount() {
		return onPremisesAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnPremisesAccount(String newOnPremisesAccount) {
		String oldOnPremisesAccount = onPremisesAccount;
		onPremisesAccount = newOnPremisesAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.USER__ON_PREMISES_ACCOUNT, oldOnPremisesAccount, onPremisesAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.USER__USER_PRINCIPAL_NAME:
				return getUserPrincipalName();
			case FlowpilotPackage.USER__DISPLAY_NAME:
				return getDisplayName();
			case FlowpilotPackage.USER__MFA_REQUIRED:
				return isMfaRequired();
			case FlowpilotPackage.USER__ON_PREMISES_ACCOUNT:
				return getOnPremisesAccount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.USER__USER_PRINCIPAL_NAME:
				setUserPrincipalName((String)newValue);
				return;
			case FlowpilotPackage.USER__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case FlowpilotPackage.USER__MFA_REQUIRED:
				setMfaRequired((Boolean)newValue);
				return;
			case FlowpilotPackage.USER__ON_PREMISES_ACCOUNT:
				setOnPremisesAccount((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.USER__USER_PRINCIPAL_NAME:
				setUserPrincipalName(USER_PRINCIPAL_NAME_EDEFAULT);
				return;
			case FlowpilotPackage.USER__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case FlowpilotPackage.USER__MFA_REQUIRED:
				setMfaRequired(MFA_REQUIRED_EDEFAULT);
				return;
			case FlowpilotPackage.USER__ON_PREMISES_ACCOUNT:
				setOnPremisesAccount(ON_PREMISES_ACCOUNT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.USER__USER_PRINCIPAL_NAME:
				return USER_PRINCIPAL_NAME_EDEFAULT == null ? userPrincipalName != null : !USER_PRINCIPAL_NAME_EDEFAULT.equals(userPrincipalName);
			case FlowpilotPackage.USER__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case FlowpilotPackage.USER__MFA_REQUIRED:
				return mfaRequired != MFA_REQUIRED_EDEFAULT;
			case FlowpilotPackage.USER__ON_PREMISES_ACCOUNT:
				return ON_PREMISES_ACCOUNT_EDEFAULT == null ? onPremisesAccount != null : !ON_PREMISES_ACCOUNT_EDEFAULT.equals(onPremisesAccount);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (userPrincipalName: ");
		result.append(userPrincipalName);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", mfaRequired: ");
		result.append(mfaRequired);
		result.append(", onPremisesAccount: ");
		result.append(onPremisesAccount);
		result.append(')');
		return result.toString();
	}

} //UserImpl
