/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>App</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.App#getAppType <em>App Type</em>}</li>
 *   <li>{@link org.flowpilot.model.App#getInstallContext <em>Install Context</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getApp()
 * @model
 * @generated
 */
public interface App extends TrackedItem {
	/**
	 * Returns the value of the '<em><b>App Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.AppType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>App Type</em>' attribute.
	 * @see org.flowpilot.model.AppType
	 * @see #setAppType(AppType)
	 * @see org.flowpilot.model.FlowpilotPackage#getApp_AppType()
	 * @model
	 * @generated
	 */
	AppType getAppType();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.App#getAppType <em>App Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>App Type</em>' attribute.
	 * @see org.flowpilot.model.AppType
	 * @see #getAppType()
	 * @generated
	 */
	void setAppType(AppType value);

	/**
	 * Returns the value of the '<em><b>Install Context</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.InstallContext}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Context</em>' attribute.
	 * @see org.flowpilot.model.InstallContext
	 * @see #setInstallContext(InstallContext)
	 * @see org.flowpilot.model.FlowpilotPackage#getApp_InstallContext()
	 * @model
	 * @generated
	 */
	InstallContext getInstallContext();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.App#getInstallContext <em>Install Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Context</em>' attribute.
	 * @see org.flowpilot.model.InstallContext
	 * @see #getInstallContext()
	 * @generated
	 */
	void setInstallContext(InstallContext value);

} // App
