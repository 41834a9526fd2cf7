/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.WindowsSignOnStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Windows Sign On Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.WindowsSignOnStepImpl#isOnPremisesCredentials <em>On Premises Credentials</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WindowsSignOnStepImpl extends StepImpl implements WindowsSignOnStep {
	/**
	 * The default value of the '{@link #isOnPremisesCredentials() <em>On Premises Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnPremisesCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_PREMISES_CREDENTIALS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnPremisesCredentials() <em>On Premises Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnPremisesCredentials()
	 * @generated
	 * @ordered
	 */
	protected boolean onPremisesCredentials = ON_PREMISES_CREDENTIALS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WindowsSignOnStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.WINDOWS_SIGN_ON_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnPremisesCredentials() {
		return onPremisesCredentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnPremisesCredentials(boolean newOnPremisesCredentials) {
		boolean oldOnPremisesCredentials = onPremisesCredentials;
		onPremisesCredentials = newOnPremisesCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS, oldOnPremisesCredentials, onPremisesCredentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS:
				return isOnPremisesCredentials();
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
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS:
				setOnPremisesCredentials((Boolean)newValue);
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
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS:
				setOnPremisesCredentials(ON_PREMISES_CREDENTIALS_EDEFAULT);
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
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS:
				return onPremisesCredentials != ON_PREMISES_CREDENTIALS_EDEFAULT;
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
		result.append(" (onPremisesCredentials: ");
		result.append(onPremisesCredentials);
		result.append(')');
		return result.toString();
	}

} //WindowsSignOnStepImpl
