/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.CustomStep;
import org.flowpilot.model.FlowpilotPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.CustomStepImpl#getExtensionTypeId <em>Extension Type Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomStepImpl extends StepImpl implements CustomStep {
	/**
	 * The default value of the '{@link #getExtensionTypeId() <em>Extension Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionTypeId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTENSION_TYPE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtensionTypeId() <em>Extension Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionTypeId()
	 * @generated
	 * @ordered
	 */
	protected String extensionTypeId = EXTENSION_TYPE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.CUSTOM_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtensionTypeId() {
		return extensionTypeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtensionTypeId(String newExtensionTypeId) {
		String oldExtensionTypeId = extensionTypeId;
		extensionTypeId = newExtensionTypeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.CUSTOM_STEP__EXTENSION_TYPE_ID, oldExtensionTypeId, extensionTypeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.CUSTOM_STEP__EXTENSION_TYPE_ID:
				return getExtensionTypeId();
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
			case FlowpilotPackage.CUSTOM_STEP__EXTENSION_TYPE_ID:
				setExtensionTypeId((String)newValue);
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
			case FlowpilotPackage.CUSTOM_STEP__EXTENSION_TYPE_ID:
				setExtensionTypeId(EXTENSION_TYPE_ID_EDEFAULT);
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
			case FlowpilotPackage.CUSTOM_STEP__EXTENSION_TYPE_ID:
				return EXTENSION_TYPE_ID_EDEFAULT == null ? extensionTypeId != null : !EXTENSION_TYPE_ID_EDEFAULT.equals(extensionTypeId);
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
		result.append(" (extensionTypeId: ");
		result.append(extensionTypeId);
		result.append(')');
		return result.toString();
	}

} //CustomStepImpl
