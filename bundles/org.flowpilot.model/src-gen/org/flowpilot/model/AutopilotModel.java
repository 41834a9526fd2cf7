/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Autopilot Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an .autopilot file: one tenant's Autopilot configuration, its flows and scenarios.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getOrganizationName <em>Organization Name</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getTenantId <em>Tenant Id</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getTenantDomain <em>Tenant Domain</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getEnrollmentStatusPages <em>Enrollment Status Pages</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getUsers <em>Users</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.flowpilot.model.AutopilotModel#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel()
 * @model
 * @generated
 */
public interface AutopilotModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Organization Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization name shown on the pre-provisioning screens (Entra company branding).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization Name</em>' attribute.
	 * @see #setOrganizationName(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_OrganizationName()
	 * @model
	 * @generated
	 */
	String getOrganizationName();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AutopilotModel#getOrganizationName <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization Name</em>' attribute.
	 * @see #getOrganizationName()
	 * @generated
	 */
	void setOrganizationName(String value);

	/**
	 * Returns the value of the '<em><b>Tenant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Microsoft Entra tenant id (a GUID), as AutopilotConfigurationFile.json names it in CloudAssignedTenantId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenant Id</em>' attribute.
	 * @see #setTenantId(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_TenantId()
	 * @model
	 * @generated
	 */
	String getTenantId();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AutopilotModel#getTenantId <em>Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tenant Id</em>' attribute.
	 * @see #getTenantId()
	 * @generated
	 */
	void setTenantId(String value);

	/**
	 * Returns the value of the '<em><b>Tenant Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tenant's primary domain, such as contoso.onmicrosoft.com (AutopilotConfigurationFile.json: CloudAssignedTenantDomain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenant Domain</em>' attribute.
	 * @see #setTenantDomain(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_TenantDomain()
	 * @model
	 * @generated
	 */
	String getTenantDomain();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.AutopilotModel#getTenantDomain <em>Tenant Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tenant Domain</em>' attribute.
	 * @see #getTenantDomain()
	 * @generated
	 */
	void setTenantDomain(String value);

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.DeploymentProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeploymentProfile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Enrollment Status Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.EnrollmentStatusPage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enrollment Status Pages</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_EnrollmentStatusPages()
	 * @model containment="true"
	 * @generated
	 */
	EList<EnrollmentStatusPage> getEnrollmentStatusPages();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flow> getFlows();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getAutopilotModel_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // AutopilotModel
