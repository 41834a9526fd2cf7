/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.ScreenKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Screen Hidden Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.ScreenHiddenConditionImpl#getScreen <em>Screen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScreenHiddenConditionImpl extends ConditionImpl implements ScreenHiddenCondition {
	/**
	 * The default value of the '{@link #getScreen() <em>Screen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreen()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenKind SCREEN_EDEFAULT = ScreenKind.LANGUAGE_REGION;

	/**
	 * The cached value of the '{@link #getScreen() <em>Screen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreen()
	 * @generated
	 * @ordered
	 */
	protected ScreenKind screen = SCREEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScreenHiddenConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.SCREEN_HIDDEN_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenKind getScreen() {
		return screen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreen(ScreenKind newScreen) {
		ScreenKind oldScreen = screen;
		screen = newScreen == null ? SCREEN_EDEFAULT : newScreen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCREEN_HIDDEN_CONDITION__SCREEN, oldScreen, screen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION__SCREEN:
				return getScreen();
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
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION__SCREEN:
				setScreen((ScreenKind)newValue);
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
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION__SCREEN:
				setScreen(SCREEN_EDEFAULT);
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
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION__SCREEN:
				return screen != SCREEN_EDEFAULT;
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
		result.append(" (screen: ");
		result.append(screen);
		result.append(')');
		return result.toString();
	}

} //ScreenHiddenConditionImpl
