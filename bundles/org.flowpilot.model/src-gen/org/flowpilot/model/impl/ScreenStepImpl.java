/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Screen Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.ScreenStepImpl#getScreen <em>Screen</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScreenStepImpl#isShownBeforeProfileDownload <em>Shown Before Profile Download</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScreenStepImpl extends StepImpl implements ScreenStep {
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
	 * The default value of the '{@link #isShownBeforeProfileDownload() <em>Shown Before Profile Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShownBeforeProfileDownload()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOWN_BEFORE_PROFILE_DOWNLOAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShownBeforeProfileDownload() <em>Shown Before Profile Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShownBeforeProfileDownload()
	 * @generated
	 * @ordered
	 */
	protected boolean shownBeforeProfileDownload = SHOWN_BEFORE_PROFILE_DOWNLOAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScreenStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.SCREEN_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCREEN_STEP__SCREEN, oldScreen, screen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShownBeforeProfileDownload() {
		return shownBeforeProfileDownload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShownBeforeProfileDownload(boolean newShownBeforeProfileDownload) {
		boolean oldShownBeforeProfileDownload = shownBeforeProfileDownload;
		shownBeforeProfileDownload = newShownBeforeProfileDownload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD, oldShownBeforeProfileDownload, shownBeforeProfileDownload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.SCREEN_STEP__SCREEN:
				return getScreen();
			case FlowpilotPackage.SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD:
				return isShownBeforeProfileDownload();
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
			case FlowpilotPackage.SCREEN_STEP__SCREEN:
				setScreen((ScreenKind)newValue);
				return;
			case FlowpilotPackage.SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD:
				setShownBeforeProfileDownload((Boolean)newValue);
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
			case FlowpilotPackage.SCREEN_STEP__SCREEN:
				setScreen(SCREEN_EDEFAULT);
				return;
			case FlowpilotPackage.SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD:
				setShownBeforeProfileDownload(SHOWN_BEFORE_PROFILE_DOWNLOAD_EDEFAULT);
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
			case FlowpilotPackage.SCREEN_STEP__SCREEN:
				return screen != SCREEN_EDEFAULT;
			case FlowpilotPackage.SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD:
				return shownBeforeProfileDownload != SHOWN_BEFORE_PROFILE_DOWNLOAD_EDEFAULT;
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
		result.append(", shownBeforeProfileDownload: ");
		result.append(shownBeforeProfileDownload);
		result.append(')');
		return result.toString();
	}

} //ScreenStepImpl
