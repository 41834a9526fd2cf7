/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.InstallContext;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>App</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.AppImpl#getAppType <em>App Type</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AppImpl#getInstallContext <em>Install Context</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppImpl extends TrackedItemImpl implements App {
	/**
	 * The default value of the '{@link #getAppType() <em>App Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppType()
	 * @generated
	 * @ordered
	 */
	protected static final AppType APP_TYPE_EDEFAULT = AppType.WIN32;

	/**
	 * The cached value of the '{@link #getAppType() <em>App Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppType()
	 * @generated
	 * @ordered
	 */
	protected AppType appType = APP_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstallContext() <em>Install Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallContext()
	 * @generated
	 * @ordered
	 */
	protected static final InstallContext INSTALL_CONTEXT_EDEFAULT = InstallContext.DEVICE;

	/**
	 * The cached value of the '{@link #getInstallContext() <em>Install Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallContext()
	 * @generated
	 * @ordered
	 */
	protected InstallContext installContext = INSTALL_CONTEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.APP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppType getAppType() {
		return appType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppType(AppType newAppType) {
		AppType oldAppType = appType;
		appType = newAppType == null ? APP_TYPE_EDEFAULT : newAppType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.APP__APP_TYPE, oldAppType, appType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstallContext getInstallContext() {
		return installContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallContext(InstallContext newInstallContext) {
		InstallContext oldInstallContext = installContext;
		installContext = newInstallContext == null ? INSTALL_CONTEXT_EDEFAULT : newInstallContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.APP__INSTALL_CONTEXT, oldInstallContext, installContext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.APP__APP_TYPE:
				return getAppType();
			case FlowpilotPackage.APP__INSTALL_CONTEXT:
				return getInstallContext();
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
			case FlowpilotPackage.APP__APP_TYPE:
				setAppType((AppType)newValue);
				return;
			case FlowpilotPackage.APP__INSTALL_CONTEXT:
				setInstallContext((InstallContext)newValue);
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
			case FlowpilotPackage.APP__APP_TYPE:
				setAppType(APP_TYPE_EDEFAULT);
				return;
			case FlowpilotPackage.APP__INSTALL_CONTEXT:
				setInstallContext(INSTALL_CONTEXT_EDEFAULT);
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
			case FlowpilotPackage.APP__APP_TYPE:
				return appType != APP_TYPE_EDEFAULT;
			case FlowpilotPackage.APP__INSTALL_CONTEXT:
				return installContext != INSTALL_CONTEXT_EDEFAULT;
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
		result.append(" (appType: ");
		result.append(appType);
		result.append(", installContext: ");
		result.append(installContext);
		result.append(')');
		return result.toString();
	}

} //AppImpl
