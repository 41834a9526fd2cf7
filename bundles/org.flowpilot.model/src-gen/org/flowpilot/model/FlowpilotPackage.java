/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Windows Autopilot deployments as an Intune admin configures them: deployment profiles and the OOBE screens they hide, Enrollment Status Page configurations with their phases and tracked items, users, devices, groups and assignments, deployment flows and the scenarios they run with.
 * <!-- end-model-doc -->
 * @see org.flowpilot.model.FlowpilotFactory
 * @model kind="package"
 * @generated
 */
public interface FlowpilotPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://flowpilot.org/autopilot/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "autopilot";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlowpilotPackage eINSTANCE = org.flowpilot.model.impl.FlowpilotPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.NamedElementImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AutopilotModelImpl <em>Autopilot Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AutopilotModelImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAutopilotModel()
	 * @generated
	 */
	int AUTOPILOT_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organization Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__ORGANIZATION_NAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tenant Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__TENANT_ID = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tenant Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__TENANT_DOMAIN = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__PROFILES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Enrollment Status Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__USERS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__DEVICES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__FLOWS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL__SCENARIOS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Autopilot Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Autopilot Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOPILOT_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AssignableConfigurationImpl <em>Assignable Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AssignableConfigurationImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignableConfiguration()
	 * @generated
	 */
	int ASSIGNABLE_CONFIGURATION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__ASSIGNMENTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Graph Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__GRAPH_ID = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Modified Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Role Scope Tag Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Graph Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assignable Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assignable Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNABLE_CONFIGURATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.JsonPropertyImpl <em>Json Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.JsonPropertyImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getJsonProperty()
	 * @generated
	 */
	int JSON_PROPERTY = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Json Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Json Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AssignmentImpl <em>Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AssignmentImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignment()
	 * @generated
	 */
	int ASSIGNMENT = 4;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Intent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__INTENT = 1;

	/**
	 * The number of structural features of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.DeploymentProfileImpl <em>Deployment Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.DeploymentProfileImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDeploymentProfile()
	 * @generated
	 */
	int DEPLOYMENT_PROFILE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__NAME = ASSIGNABLE_CONFIGURATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__DESCRIPTION = ASSIGNABLE_CONFIGURATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__ASSIGNMENTS = ASSIGNABLE_CONFIGURATION__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Graph Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__GRAPH_ID = ASSIGNABLE_CONFIGURATION__GRAPH_ID;

	/**
	 * The feature id for the '<em><b>Created Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__CREATED_DATE_TIME = ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME;

	/**
	 * The feature id for the '<em><b>Last Modified Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__LAST_MODIFIED_DATE_TIME = ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME;

	/**
	 * The feature id for the '<em><b>Role Scope Tag Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__ROLE_SCOPE_TAG_IDS = ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS;

	/**
	 * The feature id for the '<em><b>Graph Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__GRAPH_PROPERTIES = ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES;

	/**
	 * The feature id for the '<em><b>Convert All Targeted Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Device Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__DEVICE_TYPE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Deployment Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__DEPLOYMENT_MODE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Join Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__JOIN_TYPE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Skip AD Connectivity Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Microsoft Software License Terms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Privacy Settings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__PRIVACY_SETTINGS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hide Change Account Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>User Account Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Allow Pre Provisioned Deployment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Language Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__LANGUAGE_REGION = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__LOCALE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Automatically Configure Keyboard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Apply Device Name Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Device Name Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__CREATED = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Offline Config Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Hidden Screens</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE__HIDDEN_SCREENS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Deployment Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE_FEATURE_COUNT = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Deployment Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_PROFILE_OPERATION_COUNT = ASSIGNABLE_CONFIGURATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl <em>Enrollment Status Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.EnrollmentStatusPageImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEnrollmentStatusPage()
	 * @generated
	 */
	int ENROLLMENT_STATUS_PAGE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__NAME = ASSIGNABLE_CONFIGURATION__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__DESCRIPTION = ASSIGNABLE_CONFIGURATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ASSIGNMENTS = ASSIGNABLE_CONFIGURATION__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Graph Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__GRAPH_ID = ASSIGNABLE_CONFIGURATION__GRAPH_ID;

	/**
	 * The feature id for the '<em><b>Created Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__CREATED_DATE_TIME = ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME;

	/**
	 * The feature id for the '<em><b>Last Modified Date Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__LAST_MODIFIED_DATE_TIME = ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME;

	/**
	 * The feature id for the '<em><b>Role Scope Tag Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ROLE_SCOPE_TAG_IDS = ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS;

	/**
	 * The feature id for the '<em><b>Graph Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__GRAPH_PROPERTIES = ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__PRIORITY = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Show App And Profile Configuration Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Installation Timeout Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Show Custom Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Custom Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Turn On Log Collection And Diagnostics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Only Show Page To Devices Provisioned By Oobe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Install Windows Quality Updates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Block Device Use Until All Apps And Profiles Installed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Allow Reset On Installation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Allow Use On Installation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Blocking Apps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__BLOCKING_APPS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Selected Blocking Apps</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Only Fail Selected Blocking Apps In Technician Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE__PHASES = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Enrollment Status Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE_FEATURE_COUNT = ASSIGNABLE_CONFIGURATION_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Enrollment Status Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_STATUS_PAGE_OPERATION_COUNT = ASSIGNABLE_CONFIGURATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.EspPhaseImpl <em>Esp Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.EspPhaseImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhase()
	 * @generated
	 */
	int ESP_PHASE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Tracked Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE__TRACKED_ITEMS = 1;

	/**
	 * The number of structural features of the '<em>Esp Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Esp Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.TrackedItemImpl <em>Tracked Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.TrackedItemImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getTrackedItem()
	 * @generated
	 */
	int TRACKED_ITEM = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM__ESTIMATED_MINUTES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM__SIMULATED_OUTCOME = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tracked Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tracked Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.PreparationTaskImpl <em>Preparation Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.PreparationTaskImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPreparationTask()
	 * @generated
	 */
	int PREPARATION_TASK = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK__NAME = TRACKED_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK__DESCRIPTION = TRACKED_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK__ESTIMATED_MINUTES = TRACKED_ITEM__ESTIMATED_MINUTES;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK__SIMULATED_OUTCOME = TRACKED_ITEM__SIMULATED_OUTCOME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK__KIND = TRACKED_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Preparation Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK_FEATURE_COUNT = TRACKED_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Preparation Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREPARATION_TASK_OPERATION_COUNT = TRACKED_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.SecurityPolicyImpl <em>Security Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.SecurityPolicyImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSecurityPolicy()
	 * @generated
	 */
	int SECURITY_POLICY = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY__NAME = TRACKED_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY__DESCRIPTION = TRACKED_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY__ESTIMATED_MINUTES = TRACKED_ITEM__ESTIMATED_MINUTES;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY__SIMULATED_OUTCOME = TRACKED_ITEM__SIMULATED_OUTCOME;

	/**
	 * The number of structural features of the '<em>Security Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY_FEATURE_COUNT = TRACKED_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Security Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_POLICY_OPERATION_COUNT = TRACKED_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.CertificateImpl <em>Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.CertificateImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCertificate()
	 * @generated
	 */
	int CERTIFICATE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NAME = TRACKED_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__DESCRIPTION = TRACKED_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ESTIMATED_MINUTES = TRACKED_ITEM__ESTIMATED_MINUTES;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SIMULATED_OUTCOME = TRACKED_ITEM__SIMULATED_OUTCOME;

	/**
	 * The number of structural features of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_FEATURE_COUNT = TRACKED_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_OPERATION_COUNT = TRACKED_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.NetworkProfileImpl <em>Network Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.NetworkProfileImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkProfile()
	 * @generated
	 */
	int NETWORK_PROFILE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE__NAME = TRACKED_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE__DESCRIPTION = TRACKED_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE__ESTIMATED_MINUTES = TRACKED_ITEM__ESTIMATED_MINUTES;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE__SIMULATED_OUTCOME = TRACKED_ITEM__SIMULATED_OUTCOME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE__KIND = TRACKED_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Network Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE_FEATURE_COUNT = TRACKED_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Network Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_PROFILE_OPERATION_COUNT = TRACKED_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AppImpl <em>App</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AppImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getApp()
	 * @generated
	 */
	int APP = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__NAME = TRACKED_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__DESCRIPTION = TRACKED_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Estimated Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__ESTIMATED_MINUTES = TRACKED_ITEM__ESTIMATED_MINUTES;

	/**
	 * The feature id for the '<em><b>Simulated Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__SIMULATED_OUTCOME = TRACKED_ITEM__SIMULATED_OUTCOME;

	/**
	 * The feature id for the '<em><b>App Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__APP_TYPE = TRACKED_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Install Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP__INSTALL_CONTEXT = TRACKED_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_FEATURE_COUNT = TRACKED_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>App</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_OPERATION_COUNT = TRACKED_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.UserImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getUser()
	 * @generated
	 */
	int USER = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>User Principal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__USER_PRINCIPAL_NAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mfa Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__MFA_REQUIRED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>On Premises Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ON_PREMISES_ACCOUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.DeviceImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SERIAL_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Windows Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__WINDOWS_PRODUCT_ID = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hardware Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__HARDWARE_HASH = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Group Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__GROUP_TAG = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assigned User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ASSIGNED_USER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>User Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__USER_FRIENDLY_NAME = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MANUFACTURER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Windows Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__WINDOWS_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Tpm20</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TPM20 = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Virtual Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__VIRTUAL_MACHINE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Connectivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CONNECTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Domain Controller Over Vpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DOMAIN_CONTROLLER_OVER_VPN = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.GroupImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DEVICES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Users</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__USERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Group Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__GROUP_TAG = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.FlowImpl <em>Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.FlowImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFlow()
	 * @generated
	 */
	int FLOW = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__START = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__TRANSITIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.StepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SOURCE_DOCUMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__OUTGOING = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__INCOMING = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.PowerOnStepImpl <em>Power On Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.PowerOnStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPowerOnStep()
	 * @generated
	 */
	int POWER_ON_STEP = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Power On Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Power On Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_ON_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.NetworkCheckStepImpl <em>Network Check Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.NetworkCheckStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkCheckStep()
	 * @generated
	 */
	int NETWORK_CHECK_STEP = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Network Check Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Network Check Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_CHECK_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ScreenStepImpl <em>Screen Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ScreenStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenStep()
	 * @generated
	 */
	int SCREEN_STEP = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The feature id for the '<em><b>Screen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__SCREEN = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Shown Before Profile Download</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Screen Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Screen Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.SignInStepImpl <em>Sign In Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.SignInStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSignInStep()
	 * @generated
	 */
	int SIGN_IN_STEP = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Sign In Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sign In Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_IN_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.MfaStepImpl <em>Mfa Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.MfaStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getMfaStep()
	 * @generated
	 */
	int MFA_STEP = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Mfa Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mfa Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MFA_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.EspPhaseStepImpl <em>Esp Phase Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.EspPhaseStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhaseStep()
	 * @generated
	 */
	int ESP_PHASE_STEP = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP__PHASE = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Esp Phase Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Esp Phase Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESP_PHASE_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.RebootStepImpl <em>Reboot Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.RebootStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getRebootStep()
	 * @generated
	 */
	int REBOOT_STEP = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Reboot Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Reboot Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBOOT_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ProvisioningMenuStepImpl <em>Provisioning Menu Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ProvisioningMenuStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getProvisioningMenuStep()
	 * @generated
	 */
	int PROVISIONING_MENU_STEP = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Provisioning Menu Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Provisioning Menu Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVISIONING_MENU_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ResealStepImpl <em>Reseal Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ResealStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getResealStep()
	 * @generated
	 */
	int RESEAL_STEP = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Reseal Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Reseal Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESEAL_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.WindowsSignOnStepImpl <em>Windows Sign On Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.WindowsSignOnStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsSignOnStep()
	 * @generated
	 */
	int WINDOWS_SIGN_ON_STEP = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The feature id for the '<em><b>On Premises Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Windows Sign On Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Windows Sign On Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_SIGN_ON_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.DesktopStepImpl <em>Desktop Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.DesktopStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDesktopStep()
	 * @generated
	 */
	int DESKTOP_STEP = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The number of structural features of the '<em>Desktop Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Desktop Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESKTOP_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.CustomStepImpl <em>Custom Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.CustomStepImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCustomStep()
	 * @generated
	 */
	int CUSTOM_STEP = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__SOURCE_DOCUMENT = STEP__SOURCE_DOCUMENT;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__OUTGOING = STEP__OUTGOING;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__INCOMING = STEP__INCOMING;

	/**
	 * The feature id for the '<em><b>Extension Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP__EXTENSION_TYPE_ID = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Custom Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Custom Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.TransitionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 31;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Guard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__GUARD = 2;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 32;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.FactConditionImpl <em>Fact Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.FactConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFactCondition()
	 * @generated
	 */
	int FACT_CONDITION = 33;

	/**
	 * The feature id for the '<em><b>Fact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__FACT = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Holds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__HOLDS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fact Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Fact Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ConnectivityConditionImpl <em>Connectivity Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ConnectivityConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConnectivityCondition()
	 * @generated
	 */
	int CONNECTIVITY_CONDITION = 34;

	/**
	 * The feature id for the '<em><b>Connectivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_CONDITION__CONNECTIVITY = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Connectivity Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Connectivity Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTIVITY_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.WindowsVersionConditionImpl <em>Windows Version Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.WindowsVersionConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsVersionCondition()
	 * @generated
	 */
	int WINDOWS_VERSION_CONDITION = 35;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_VERSION_CONDITION__VERSION = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Windows Version Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_VERSION_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Windows Version Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOWS_VERSION_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ScreenHiddenConditionImpl <em>Screen Hidden Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ScreenHiddenConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenHiddenCondition()
	 * @generated
	 */
	int SCREEN_HIDDEN_CONDITION = 36;

	/**
	 * The feature id for the '<em><b>Screen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_HIDDEN_CONDITION__SCREEN = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Screen Hidden Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_HIDDEN_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Screen Hidden Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREEN_HIDDEN_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.StepOutcomeConditionImpl <em>Step Outcome Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.StepOutcomeConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStepOutcomeCondition()
	 * @generated
	 */
	int STEP_OUTCOME_CONDITION = 37;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OUTCOME_CONDITION__OUTCOME = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Step Outcome Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OUTCOME_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Step Outcome Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OUTCOME_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.NotConditionImpl <em>Not Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.NotConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNotCondition()
	 * @generated
	 */
	int NOT_CONDITION = 38;

	/**
	 * The feature id for the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION__OPERAND = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AllOfConditionImpl <em>All Of Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AllOfConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAllOfCondition()
	 * @generated
	 */
	int ALL_OF_CONDITION = 39;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_OF_CONDITION__OPERANDS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>All Of Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_OF_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>All Of Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_OF_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.AnyOfConditionImpl <em>Any Of Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.AnyOfConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAnyOfCondition()
	 * @generated
	 */
	int ANY_OF_CONDITION = 40;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_OF_CONDITION__OPERANDS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Any Of Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_OF_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Any Of Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_OF_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ExtensionConditionImpl <em>Extension Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ExtensionConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getExtensionCondition()
	 * @generated
	 */
	int EXTENSION_CONDITION = 41;

	/**
	 * The feature id for the '<em><b>Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_CONDITION__TYPE_ID = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_CONDITION__PARAMETERS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Extension Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Extension Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ConditionParameterImpl <em>Condition Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ConditionParameterImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConditionParameter()
	 * @generated
	 */
	int CONDITION_PARAMETER = 42;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Condition Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Condition Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.OtherwiseConditionImpl <em>Otherwise Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.OtherwiseConditionImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getOtherwiseCondition()
	 * @generated
	 */
	int OTHERWISE_CONDITION = 43;

	/**
	 * The number of structural features of the '<em>Otherwise Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHERWISE_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Otherwise Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHERWISE_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.ScenarioImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 44;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Flow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FLOW = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DEVICE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Windows Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__WINDOWS_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Connectivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CONNECTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>User Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__USER_PRESENT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mfa Prompted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MFA_PROMPTED = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Technician Flow Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TECHNICIAN_FLOW_DONE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Technician Flow Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TECHNICIAN_FLOW_COMPLETED = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Run Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__RUN_STARTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Injected Failures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__INJECTED_FAILURES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Failure Page Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FAILURE_PAGE_CHOICES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.impl.InjectedFailureImpl <em>Injected Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.impl.InjectedFailureImpl
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getInjectedFailure()
	 * @generated
	 */
	int INJECTED_FAILURE = 45;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTED_FAILURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Tracked Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTED_FAILURE__TRACKED_ITEM = 1;

	/**
	 * The number of structural features of the '<em>Injected Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTED_FAILURE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Injected Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTED_FAILURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.AssignmentIntent <em>Assignment Intent</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.AssignmentIntent
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignmentIntent()
	 * @generated
	 */
	int ASSIGNMENT_INTENT = 46;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.DeploymentMode <em>Deployment Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.DeploymentMode
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDeploymentMode()
	 * @generated
	 */
	int DEPLOYMENT_MODE = 47;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.JoinType <em>Join Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.JoinType
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getJoinType()
	 * @generated
	 */
	int JOIN_TYPE = 48;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.ScreenVisibility <em>Screen Visibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenVisibility()
	 * @generated
	 */
	int SCREEN_VISIBILITY = 49;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.UserAccountType <em>User Account Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.UserAccountType
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getUserAccountType()
	 * @generated
	 */
	int USER_ACCOUNT_TYPE = 50;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.LanguageRegion <em>Language Region</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.LanguageRegion
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getLanguageRegion()
	 * @generated
	 */
	int LANGUAGE_REGION = 51;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.AutopilotDeviceType <em>Autopilot Device Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.AutopilotDeviceType
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAutopilotDeviceType()
	 * @generated
	 */
	int AUTOPILOT_DEVICE_TYPE = 52;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.ScreenKind <em>Screen Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.ScreenKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenKind()
	 * @generated
	 */
	int SCREEN_KIND = 53;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.BlockingAppSelection <em>Blocking App Selection</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.BlockingAppSelection
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getBlockingAppSelection()
	 * @generated
	 */
	int BLOCKING_APP_SELECTION = 54;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.EspPhaseKind <em>Esp Phase Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.EspPhaseKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhaseKind()
	 * @generated
	 */
	int ESP_PHASE_KIND = 55;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.SimulatedOutcome <em>Simulated Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.SimulatedOutcome
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSimulatedOutcome()
	 * @generated
	 */
	int SIMULATED_OUTCOME = 56;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.PreparationTaskKind <em>Preparation Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.PreparationTaskKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPreparationTaskKind()
	 * @generated
	 */
	int PREPARATION_TASK_KIND = 57;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.NetworkProfileKind <em>Network Profile Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.NetworkProfileKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkProfileKind()
	 * @generated
	 */
	int NETWORK_PROFILE_KIND = 58;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.AppType <em>App Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.AppType
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAppType()
	 * @generated
	 */
	int APP_TYPE = 59;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.InstallContext <em>Install Context</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.InstallContext
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getInstallContext()
	 * @generated
	 */
	int INSTALL_CONTEXT = 60;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.WindowsVersion <em>Windows Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.WindowsVersion
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsVersion()
	 * @generated
	 */
	int WINDOWS_VERSION = 61;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.Connectivity <em>Connectivity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.Connectivity
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConnectivity()
	 * @generated
	 */
	int CONNECTIVITY = 62;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.GroupKind <em>Group Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.GroupKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getGroupKind()
	 * @generated
	 */
	int GROUP_KIND = 63;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.FlowKind <em>Flow Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.FlowKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFlowKind()
	 * @generated
	 */
	int FLOW_KIND = 64;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.ScenarioFact <em>Scenario Fact</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.ScenarioFact
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScenarioFact()
	 * @generated
	 */
	int SCENARIO_FACT = 65;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.StepOutcome <em>Step Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.StepOutcome
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStepOutcome()
	 * @generated
	 */
	int STEP_OUTCOME = 66;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.FailurePageChoice <em>Failure Page Choice</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.FailurePageChoice
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFailurePageChoice()
	 * @generated
	 */
	int FAILURE_PAGE_CHOICE = 67;

	/**
	 * The meta object id for the '{@link org.flowpilot.model.FailureKind <em>Failure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.flowpilot.model.FailureKind
	 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFailureKind()
	 * @generated
	 */
	int FAILURE_KIND = 68;


	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.flowpilot.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.flowpilot.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.flowpilot.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.AutopilotModel <em>Autopilot Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Autopilot Model</em>'.
	 * @see org.flowpilot.model.AutopilotModel
	 * @generated
	 */
	EClass getAutopilotModel();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AutopilotModel#getOrganizationName <em>Organization Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization Name</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getOrganizationName()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EAttribute getAutopilotModel_OrganizationName();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AutopilotModel#getTenantId <em>Tenant Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tenant Id</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getTenantId()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EAttribute getAutopilotModel_TenantId();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AutopilotModel#getTenantDomain <em>Tenant Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tenant Domain</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getTenantDomain()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EAttribute getAutopilotModel_TenantDomain();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getProfiles()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Profiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getEnrollmentStatusPages <em>Enrollment Status Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enrollment Status Pages</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getEnrollmentStatusPages()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_EnrollmentStatusPages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getUsers()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getDevices()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getGroups()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getFlows()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Flows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AutopilotModel#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.flowpilot.model.AutopilotModel#getScenarios()
	 * @see #getAutopilotModel()
	 * @generated
	 */
	EReference getAutopilotModel_Scenarios();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.AssignableConfiguration <em>Assignable Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignable Configuration</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration
	 * @generated
	 */
	EClass getAssignableConfiguration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AssignableConfiguration#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getAssignments()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EReference getAssignableConfiguration_Assignments();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AssignableConfiguration#getGraphId <em>Graph Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Graph Id</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getGraphId()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EAttribute getAssignableConfiguration_GraphId();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AssignableConfiguration#getCreatedDateTime <em>Created Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created Date Time</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getCreatedDateTime()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EAttribute getAssignableConfiguration_CreatedDateTime();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.AssignableConfiguration#getLastModifiedDateTime <em>Last Modified Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Modified Date Time</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getLastModifiedDateTime()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EAttribute getAssignableConfiguration_LastModifiedDateTime();

	/**
	 * Returns the meta object for the attribute list '{@link org.flowpilot.model.AssignableConfiguration#getRoleScopeTagIds <em>Role Scope Tag Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Role Scope Tag Ids</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getRoleScopeTagIds()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EAttribute getAssignableConfiguration_RoleScopeTagIds();

	/**
	 * Returns the meta object for the map '{@link org.flowpilot.model.AssignableConfiguration#getGraphProperties <em>Graph Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Graph Properties</em>'.
	 * @see org.flowpilot.model.AssignableConfiguration#getGraphProperties()
	 * @see #getAssignableConfiguration()
	 * @generated
	 */
	EReference getAssignableConfiguration_GraphProperties();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Json Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Json Property</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getJsonProperty();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJsonProperty()
	 * @generated
	 */
	EAttribute getJsonProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getJsonProperty()
	 * @generated
	 */
	EAttribute getJsonProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment</em>'.
	 * @see org.flowpilot.model.Assignment
	 * @generated
	 */
	EClass getAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Assignment#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.flowpilot.model.Assignment#getGroup()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Assignment#getIntent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intent</em>'.
	 * @see org.flowpilot.model.Assignment#getIntent()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Intent();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.DeploymentProfile <em>Deployment Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment Profile</em>'.
	 * @see org.flowpilot.model.DeploymentProfile
	 * @generated
	 */
	EClass getDeploymentProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#isConvertAllTargetedDevices <em>Convert All Targeted Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convert All Targeted Devices</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#isConvertAllTargetedDevices()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_ConvertAllTargetedDevices();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getDeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Type</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getDeviceType()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_DeviceType();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getDeploymentMode <em>Deployment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deployment Mode</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getDeploymentMode()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_DeploymentMode();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getJoinType <em>Join Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Join Type</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getJoinType()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_JoinType();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#isSkipADConnectivityCheck <em>Skip AD Connectivity Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skip AD Connectivity Check</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#isSkipADConnectivityCheck()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_SkipADConnectivityCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getMicrosoftSoftwareLicenseTerms <em>Microsoft Software License Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Microsoft Software License Terms</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getMicrosoftSoftwareLicenseTerms()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_MicrosoftSoftwareLicenseTerms();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getPrivacySettings <em>Privacy Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privacy Settings</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getPrivacySettings()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_PrivacySettings();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getHideChangeAccountOptions <em>Hide Change Account Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hide Change Account Options</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getHideChangeAccountOptions()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_HideChangeAccountOptions();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getUserAccountType <em>User Account Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Account Type</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getUserAccountType()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_UserAccountType();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#isAllowPreProvisionedDeployment <em>Allow Pre Provisioned Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Pre Provisioned Deployment</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#isAllowPreProvisionedDeployment()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_AllowPreProvisionedDeployment();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getLanguageRegion <em>Language Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Region</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getLanguageRegion()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_LanguageRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getLocale <em>Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locale</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getLocale()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_Locale();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#isAutomaticallyConfigureKeyboard <em>Automatically Configure Keyboard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatically Configure Keyboard</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#isAutomaticallyConfigureKeyboard()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_AutomaticallyConfigureKeyboard();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#isApplyDeviceNameTemplate <em>Apply Device Name Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apply Device Name Template</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#isApplyDeviceNameTemplate()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_ApplyDeviceNameTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getDeviceNameTemplate <em>Device Name Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Name Template</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getDeviceNameTemplate()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_DeviceNameTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.DeploymentProfile#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getCreated()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_Created();

	/**
	 * Returns the meta object for the map '{@link org.flowpilot.model.DeploymentProfile#getOfflineConfigProperties <em>Offline Config Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Offline Config Properties</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getOfflineConfigProperties()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EReference getDeploymentProfile_OfflineConfigProperties();

	/**
	 * Returns the meta object for the attribute list '{@link org.flowpilot.model.DeploymentProfile#getHiddenScreens <em>Hidden Screens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Screens</em>'.
	 * @see org.flowpilot.model.DeploymentProfile#getHiddenScreens()
	 * @see #getDeploymentProfile()
	 * @generated
	 */
	EAttribute getDeploymentProfile_HiddenScreens();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.EnrollmentStatusPage <em>Enrollment Status Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enrollment Status Page</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage
	 * @generated
	 */
	EClass getEnrollmentStatusPage();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getPriority()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isShowAppAndProfileConfigurationProgress <em>Show App And Profile Configuration Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Show App And Profile Configuration Progress</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isShowAppAndProfileConfigurationProgress()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_ShowAppAndProfileConfigurationProgress();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#getInstallationTimeoutMinutes <em>Installation Timeout Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installation Timeout Minutes</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getInstallationTimeoutMinutes()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_InstallationTimeoutMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isShowCustomMessage <em>Show Custom Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Show Custom Message</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isShowCustomMessage()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_ShowCustomMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#getCustomMessage <em>Custom Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Custom Message</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getCustomMessage()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_CustomMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isTurnOnLogCollectionAndDiagnostics <em>Turn On Log Collection And Diagnostics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Turn On Log Collection And Diagnostics</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isTurnOnLogCollectionAndDiagnostics()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_TurnOnLogCollectionAndDiagnostics();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyShowPageToDevicesProvisionedByOobe <em>Only Show Page To Devices Provisioned By Oobe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Only Show Page To Devices Provisioned By Oobe</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isOnlyShowPageToDevicesProvisionedByOobe()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_OnlyShowPageToDevicesProvisionedByOobe();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isInstallWindowsQualityUpdates <em>Install Windows Quality Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Windows Quality Updates</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isInstallWindowsQualityUpdates()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_InstallWindowsQualityUpdates();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isBlockDeviceUseUntilAllAppsAndProfilesInstalled <em>Block Device Use Until All Apps And Profiles Installed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Device Use Until All Apps And Profiles Installed</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isBlockDeviceUseUntilAllAppsAndProfilesInstalled()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_BlockDeviceUseUntilAllAppsAndProfilesInstalled();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isAllowResetOnInstallationError <em>Allow Reset On Installation Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Reset On Installation Error</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isAllowResetOnInstallationError()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_AllowResetOnInstallationError();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isAllowUseOnInstallationError <em>Allow Use On Installation Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Use On Installation Error</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isAllowUseOnInstallationError()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_AllowUseOnInstallationError();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#getBlockingApps <em>Blocking Apps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocking Apps</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getBlockingApps()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_BlockingApps();

	/**
	 * Returns the meta object for the reference list '{@link org.flowpilot.model.EnrollmentStatusPage#getSelectedBlockingApps <em>Selected Blocking Apps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Selected Blocking Apps</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getSelectedBlockingApps()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EReference getEnrollmentStatusPage_SelectedBlockingApps();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyFailSelectedBlockingAppsInTechnicianPhase <em>Only Fail Selected Blocking Apps In Technician Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Only Fail Selected Blocking Apps In Technician Phase</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#isOnlyFailSelectedBlockingAppsInTechnicianPhase()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EAttribute getEnrollmentStatusPage_OnlyFailSelectedBlockingAppsInTechnicianPhase();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.EnrollmentStatusPage#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.flowpilot.model.EnrollmentStatusPage#getPhases()
	 * @see #getEnrollmentStatusPage()
	 * @generated
	 */
	EReference getEnrollmentStatusPage_Phases();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.EspPhase <em>Esp Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Esp Phase</em>'.
	 * @see org.flowpilot.model.EspPhase
	 * @generated
	 */
	EClass getEspPhase();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EspPhase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.EspPhase#getKind()
	 * @see #getEspPhase()
	 * @generated
	 */
	EAttribute getEspPhase_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.EspPhase#getTrackedItems <em>Tracked Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tracked Items</em>'.
	 * @see org.flowpilot.model.EspPhase#getTrackedItems()
	 * @see #getEspPhase()
	 * @generated
	 */
	EReference getEspPhase_TrackedItems();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.TrackedItem <em>Tracked Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tracked Item</em>'.
	 * @see org.flowpilot.model.TrackedItem
	 * @generated
	 */
	EClass getTrackedItem();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.TrackedItem#getEstimatedMinutes <em>Estimated Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Minutes</em>'.
	 * @see org.flowpilot.model.TrackedItem#getEstimatedMinutes()
	 * @see #getTrackedItem()
	 * @generated
	 */
	EAttribute getTrackedItem_EstimatedMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.TrackedItem#getSimulatedOutcome <em>Simulated Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Simulated Outcome</em>'.
	 * @see org.flowpilot.model.TrackedItem#getSimulatedOutcome()
	 * @see #getTrackedItem()
	 * @generated
	 */
	EAttribute getTrackedItem_SimulatedOutcome();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.PreparationTask <em>Preparation Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Preparation Task</em>'.
	 * @see org.flowpilot.model.PreparationTask
	 * @generated
	 */
	EClass getPreparationTask();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.PreparationTask#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.PreparationTask#getKind()
	 * @see #getPreparationTask()
	 * @generated
	 */
	EAttribute getPreparationTask_Kind();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.SecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Security Policy</em>'.
	 * @see org.flowpilot.model.SecurityPolicy
	 * @generated
	 */
	EClass getSecurityPolicy();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate</em>'.
	 * @see org.flowpilot.model.Certificate
	 * @generated
	 */
	EClass getCertificate();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.NetworkProfile <em>Network Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Profile</em>'.
	 * @see org.flowpilot.model.NetworkProfile
	 * @generated
	 */
	EClass getNetworkProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.NetworkProfile#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.NetworkProfile#getKind()
	 * @see #getNetworkProfile()
	 * @generated
	 */
	EAttribute getNetworkProfile_Kind();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.App <em>App</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>App</em>'.
	 * @see org.flowpilot.model.App
	 * @generated
	 */
	EClass getApp();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.App#getAppType <em>App Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>App Type</em>'.
	 * @see org.flowpilot.model.App#getAppType()
	 * @see #getApp()
	 * @generated
	 */
	EAttribute getApp_AppType();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.App#getInstallContext <em>Install Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Context</em>'.
	 * @see org.flowpilot.model.App#getInstallContext()
	 * @see #getApp()
	 * @generated
	 */
	EAttribute getApp_InstallContext();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.flowpilot.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.User#getUserPrincipalName <em>User Principal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Principal Name</em>'.
	 * @see org.flowpilot.model.User#getUserPrincipalName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_UserPrincipalName();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.flowpilot.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.User#isMfaRequired <em>Mfa Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa Required</em>'.
	 * @see org.flowpilot.model.User#isMfaRequired()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_MfaRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.User#getOnPremisesAccount <em>On Premises Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Premises Account</em>'.
	 * @see org.flowpilot.model.User#getOnPremisesAccount()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_OnPremisesAccount();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.flowpilot.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see org.flowpilot.model.Device#getSerialNumber()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getWindowsProductId <em>Windows Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows Product Id</em>'.
	 * @see org.flowpilot.model.Device#getWindowsProductId()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_WindowsProductId();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getHardwareHash <em>Hardware Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Hash</em>'.
	 * @see org.flowpilot.model.Device#getHardwareHash()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_HardwareHash();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getGroupTag <em>Group Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Tag</em>'.
	 * @see org.flowpilot.model.Device#getGroupTag()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_GroupTag();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Device#getAssignedUser <em>Assigned User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assigned User</em>'.
	 * @see org.flowpilot.model.Device#getAssignedUser()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_AssignedUser();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getUserFriendlyName <em>User Friendly Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Friendly Name</em>'.
	 * @see org.flowpilot.model.Device#getUserFriendlyName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_UserFriendlyName();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.flowpilot.model.Device#getManufacturer()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.flowpilot.model.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getWindowsVersion <em>Windows Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows Version</em>'.
	 * @see org.flowpilot.model.Device#getWindowsVersion()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_WindowsVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#isTpm20 <em>Tpm20</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpm20</em>'.
	 * @see org.flowpilot.model.Device#isTpm20()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Tpm20();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#isVirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Machine</em>'.
	 * @see org.flowpilot.model.Device#isVirtualMachine()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_VirtualMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#getConnectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connectivity</em>'.
	 * @see org.flowpilot.model.Device#getConnectivity()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Connectivity();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Device#isDomainControllerOverVpn <em>Domain Controller Over Vpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Controller Over Vpn</em>'.
	 * @see org.flowpilot.model.Device#isDomainControllerOverVpn()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_DomainControllerOverVpn();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.flowpilot.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Group#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.Group#getKind()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.flowpilot.model.Group#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Devices</em>'.
	 * @see org.flowpilot.model.Group#getDevices()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Devices();

	/**
	 * Returns the meta object for the reference list '{@link org.flowpilot.model.Group#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Users</em>'.
	 * @see org.flowpilot.model.Group#getUsers()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Users();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Group#getGroupTag <em>Group Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Tag</em>'.
	 * @see org.flowpilot.model.Group#getGroupTag()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_GroupTag();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow</em>'.
	 * @see org.flowpilot.model.Flow
	 * @generated
	 */
	EClass getFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Flow#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.Flow#getKind()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Flow#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Start</em>'.
	 * @see org.flowpilot.model.Flow#getStart()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Start();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.Flow#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.flowpilot.model.Flow#getSteps()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.Flow#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.flowpilot.model.Flow#getTransitions()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Transitions();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.flowpilot.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Step#getSourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Document</em>'.
	 * @see org.flowpilot.model.Step#getSourceDocument()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_SourceDocument();

	/**
	 * Returns the meta object for the reference list '{@link org.flowpilot.model.Step#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outgoing</em>'.
	 * @see org.flowpilot.model.Step#getOutgoing()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Outgoing();

	/**
	 * Returns the meta object for the reference list '{@link org.flowpilot.model.Step#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Incoming</em>'.
	 * @see org.flowpilot.model.Step#getIncoming()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Incoming();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.PowerOnStep <em>Power On Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power On Step</em>'.
	 * @see org.flowpilot.model.PowerOnStep
	 * @generated
	 */
	EClass getPowerOnStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.NetworkCheckStep <em>Network Check Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Check Step</em>'.
	 * @see org.flowpilot.model.NetworkCheckStep
	 * @generated
	 */
	EClass getNetworkCheckStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ScreenStep <em>Screen Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screen Step</em>'.
	 * @see org.flowpilot.model.ScreenStep
	 * @generated
	 */
	EClass getScreenStep();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.ScreenStep#getScreen <em>Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screen</em>'.
	 * @see org.flowpilot.model.ScreenStep#getScreen()
	 * @see #getScreenStep()
	 * @generated
	 */
	EAttribute getScreenStep_Screen();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.ScreenStep#isShownBeforeProfileDownload <em>Shown Before Profile Download</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shown Before Profile Download</em>'.
	 * @see org.flowpilot.model.ScreenStep#isShownBeforeProfileDownload()
	 * @see #getScreenStep()
	 * @generated
	 */
	EAttribute getScreenStep_ShownBeforeProfileDownload();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.SignInStep <em>Sign In Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sign In Step</em>'.
	 * @see org.flowpilot.model.SignInStep
	 * @generated
	 */
	EClass getSignInStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.MfaStep <em>Mfa Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mfa Step</em>'.
	 * @see org.flowpilot.model.MfaStep
	 * @generated
	 */
	EClass getMfaStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.EspPhaseStep <em>Esp Phase Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Esp Phase Step</em>'.
	 * @see org.flowpilot.model.EspPhaseStep
	 * @generated
	 */
	EClass getEspPhaseStep();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.EspPhaseStep#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.flowpilot.model.EspPhaseStep#getPhase()
	 * @see #getEspPhaseStep()
	 * @generated
	 */
	EAttribute getEspPhaseStep_Phase();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.RebootStep <em>Reboot Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reboot Step</em>'.
	 * @see org.flowpilot.model.RebootStep
	 * @generated
	 */
	EClass getRebootStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ProvisioningMenuStep <em>Provisioning Menu Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provisioning Menu Step</em>'.
	 * @see org.flowpilot.model.ProvisioningMenuStep
	 * @generated
	 */
	EClass getProvisioningMenuStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ResealStep <em>Reseal Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reseal Step</em>'.
	 * @see org.flowpilot.model.ResealStep
	 * @generated
	 */
	EClass getResealStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.WindowsSignOnStep <em>Windows Sign On Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Windows Sign On Step</em>'.
	 * @see org.flowpilot.model.WindowsSignOnStep
	 * @generated
	 */
	EClass getWindowsSignOnStep();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.WindowsSignOnStep#isOnPremisesCredentials <em>On Premises Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Premises Credentials</em>'.
	 * @see org.flowpilot.model.WindowsSignOnStep#isOnPremisesCredentials()
	 * @see #getWindowsSignOnStep()
	 * @generated
	 */
	EAttribute getWindowsSignOnStep_OnPremisesCredentials();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.DesktopStep <em>Desktop Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Desktop Step</em>'.
	 * @see org.flowpilot.model.DesktopStep
	 * @generated
	 */
	EClass getDesktopStep();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.CustomStep <em>Custom Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Step</em>'.
	 * @see org.flowpilot.model.CustomStep
	 * @generated
	 */
	EClass getCustomStep();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.CustomStep#getExtensionTypeId <em>Extension Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension Type Id</em>'.
	 * @see org.flowpilot.model.CustomStep#getExtensionTypeId()
	 * @see #getCustomStep()
	 * @generated
	 */
	EAttribute getCustomStep_ExtensionTypeId();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.flowpilot.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Transition#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.flowpilot.model.Transition#getSource()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Source();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Transition#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.flowpilot.model.Transition#getTarget()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.flowpilot.model.Transition#getGuard <em>Guard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guard</em>'.
	 * @see org.flowpilot.model.Transition#getGuard()
	 * @see #getTransition()
	 * @generated
	 */
	EReference getTransition_Guard();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.flowpilot.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.FactCondition <em>Fact Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact Condition</em>'.
	 * @see org.flowpilot.model.FactCondition
	 * @generated
	 */
	EClass getFactCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.FactCondition#getFact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fact</em>'.
	 * @see org.flowpilot.model.FactCondition#getFact()
	 * @see #getFactCondition()
	 * @generated
	 */
	EAttribute getFactCondition_Fact();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.FactCondition#isHolds <em>Holds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holds</em>'.
	 * @see org.flowpilot.model.FactCondition#isHolds()
	 * @see #getFactCondition()
	 * @generated
	 */
	EAttribute getFactCondition_Holds();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ConnectivityCondition <em>Connectivity Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connectivity Condition</em>'.
	 * @see org.flowpilot.model.ConnectivityCondition
	 * @generated
	 */
	EClass getConnectivityCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.ConnectivityCondition#getConnectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connectivity</em>'.
	 * @see org.flowpilot.model.ConnectivityCondition#getConnectivity()
	 * @see #getConnectivityCondition()
	 * @generated
	 */
	EAttribute getConnectivityCondition_Connectivity();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.WindowsVersionCondition <em>Windows Version Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Windows Version Condition</em>'.
	 * @see org.flowpilot.model.WindowsVersionCondition
	 * @generated
	 */
	EClass getWindowsVersionCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.WindowsVersionCondition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.flowpilot.model.WindowsVersionCondition#getVersion()
	 * @see #getWindowsVersionCondition()
	 * @generated
	 */
	EAttribute getWindowsVersionCondition_Version();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ScreenHiddenCondition <em>Screen Hidden Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screen Hidden Condition</em>'.
	 * @see org.flowpilot.model.ScreenHiddenCondition
	 * @generated
	 */
	EClass getScreenHiddenCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.ScreenHiddenCondition#getScreen <em>Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screen</em>'.
	 * @see org.flowpilot.model.ScreenHiddenCondition#getScreen()
	 * @see #getScreenHiddenCondition()
	 * @generated
	 */
	EAttribute getScreenHiddenCondition_Screen();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.StepOutcomeCondition <em>Step Outcome Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Outcome Condition</em>'.
	 * @see org.flowpilot.model.StepOutcomeCondition
	 * @generated
	 */
	EClass getStepOutcomeCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.StepOutcomeCondition#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.flowpilot.model.StepOutcomeCondition#getOutcome()
	 * @see #getStepOutcomeCondition()
	 * @generated
	 */
	EAttribute getStepOutcomeCondition_Outcome();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.NotCondition <em>Not Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not Condition</em>'.
	 * @see org.flowpilot.model.NotCondition
	 * @generated
	 */
	EClass getNotCondition();

	/**
	 * Returns the meta object for the containment reference '{@link org.flowpilot.model.NotCondition#getOperand <em>Operand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operand</em>'.
	 * @see org.flowpilot.model.NotCondition#getOperand()
	 * @see #getNotCondition()
	 * @generated
	 */
	EReference getNotCondition_Operand();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.AllOfCondition <em>All Of Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>All Of Condition</em>'.
	 * @see org.flowpilot.model.AllOfCondition
	 * @generated
	 */
	EClass getAllOfCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AllOfCondition#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.flowpilot.model.AllOfCondition#getOperands()
	 * @see #getAllOfCondition()
	 * @generated
	 */
	EReference getAllOfCondition_Operands();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.AnyOfCondition <em>Any Of Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Any Of Condition</em>'.
	 * @see org.flowpilot.model.AnyOfCondition
	 * @generated
	 */
	EClass getAnyOfCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.AnyOfCondition#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.flowpilot.model.AnyOfCondition#getOperands()
	 * @see #getAnyOfCondition()
	 * @generated
	 */
	EReference getAnyOfCondition_Operands();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.ExtensionCondition <em>Extension Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extension Condition</em>'.
	 * @see org.flowpilot.model.ExtensionCondition
	 * @generated
	 */
	EClass getExtensionCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.ExtensionCondition#getTypeId <em>Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Id</em>'.
	 * @see org.flowpilot.model.ExtensionCondition#getTypeId()
	 * @see #getExtensionCondition()
	 * @generated
	 */
	EAttribute getExtensionCondition_TypeId();

	/**
	 * Returns the meta object for the map '{@link org.flowpilot.model.ExtensionCondition#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.flowpilot.model.ExtensionCondition#getParameters()
	 * @see #getExtensionCondition()
	 * @generated
	 */
	EReference getExtensionCondition_Parameters();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Condition Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition Parameter</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getConditionParameter();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getConditionParameter()
	 * @generated
	 */
	EAttribute getConditionParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getConditionParameter()
	 * @generated
	 */
	EAttribute getConditionParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.OtherwiseCondition <em>Otherwise Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Otherwise Condition</em>'.
	 * @see org.flowpilot.model.OtherwiseCondition
	 * @generated
	 */
	EClass getOtherwiseCondition();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.flowpilot.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Scenario#getFlow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Flow</em>'.
	 * @see org.flowpilot.model.Scenario#getFlow()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Flow();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.Scenario#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see org.flowpilot.model.Scenario#getDevice()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#getWindowsVersion <em>Windows Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows Version</em>'.
	 * @see org.flowpilot.model.Scenario#getWindowsVersion()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_WindowsVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#getConnectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connectivity</em>'.
	 * @see org.flowpilot.model.Scenario#getConnectivity()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Connectivity();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#isUserPresent <em>User Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Present</em>'.
	 * @see org.flowpilot.model.Scenario#isUserPresent()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_UserPresent();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#isMfaPrompted <em>Mfa Prompted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa Prompted</em>'.
	 * @see org.flowpilot.model.Scenario#isMfaPrompted()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MfaPrompted();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#isTechnicianFlowDone <em>Technician Flow Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technician Flow Done</em>'.
	 * @see org.flowpilot.model.Scenario#isTechnicianFlowDone()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_TechnicianFlowDone();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#getTechnicianFlowCompleted <em>Technician Flow Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technician Flow Completed</em>'.
	 * @see org.flowpilot.model.Scenario#getTechnicianFlowCompleted()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_TechnicianFlowCompleted();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.Scenario#getRunStarts <em>Run Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Starts</em>'.
	 * @see org.flowpilot.model.Scenario#getRunStarts()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_RunStarts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.flowpilot.model.Scenario#getInjectedFailures <em>Injected Failures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Injected Failures</em>'.
	 * @see org.flowpilot.model.Scenario#getInjectedFailures()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_InjectedFailures();

	/**
	 * Returns the meta object for the attribute list '{@link org.flowpilot.model.Scenario#getFailurePageChoices <em>Failure Page Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Failure Page Choices</em>'.
	 * @see org.flowpilot.model.Scenario#getFailurePageChoices()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_FailurePageChoices();

	/**
	 * Returns the meta object for class '{@link org.flowpilot.model.InjectedFailure <em>Injected Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Injected Failure</em>'.
	 * @see org.flowpilot.model.InjectedFailure
	 * @generated
	 */
	EClass getInjectedFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.flowpilot.model.InjectedFailure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.flowpilot.model.InjectedFailure#getKind()
	 * @see #getInjectedFailure()
	 * @generated
	 */
	EAttribute getInjectedFailure_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.flowpilot.model.InjectedFailure#getTrackedItem <em>Tracked Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tracked Item</em>'.
	 * @see org.flowpilot.model.InjectedFailure#getTrackedItem()
	 * @see #getInjectedFailure()
	 * @generated
	 */
	EReference getInjectedFailure_TrackedItem();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.AssignmentIntent <em>Assignment Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assignment Intent</em>'.
	 * @see org.flowpilot.model.AssignmentIntent
	 * @generated
	 */
	EEnum getAssignmentIntent();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.DeploymentMode <em>Deployment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deployment Mode</em>'.
	 * @see org.flowpilot.model.DeploymentMode
	 * @generated
	 */
	EEnum getDeploymentMode();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.JoinType <em>Join Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Join Type</em>'.
	 * @see org.flowpilot.model.JoinType
	 * @generated
	 */
	EEnum getJoinType();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.ScreenVisibility <em>Screen Visibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screen Visibility</em>'.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @generated
	 */
	EEnum getScreenVisibility();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.UserAccountType <em>User Account Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>User Account Type</em>'.
	 * @see org.flowpilot.model.UserAccountType
	 * @generated
	 */
	EEnum getUserAccountType();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.LanguageRegion <em>Language Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Language Region</em>'.
	 * @see org.flowpilot.model.LanguageRegion
	 * @generated
	 */
	EEnum getLanguageRegion();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.AutopilotDeviceType <em>Autopilot Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Autopilot Device Type</em>'.
	 * @see org.flowpilot.model.AutopilotDeviceType
	 * @generated
	 */
	EEnum getAutopilotDeviceType();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.ScreenKind <em>Screen Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screen Kind</em>'.
	 * @see org.flowpilot.model.ScreenKind
	 * @generated
	 */
	EEnum getScreenKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.BlockingAppSelection <em>Blocking App Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Blocking App Selection</em>'.
	 * @see org.flowpilot.model.BlockingAppSelection
	 * @generated
	 */
	EEnum getBlockingAppSelection();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.EspPhaseKind <em>Esp Phase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Esp Phase Kind</em>'.
	 * @see org.flowpilot.model.EspPhaseKind
	 * @generated
	 */
	EEnum getEspPhaseKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.SimulatedOutcome <em>Simulated Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Simulated Outcome</em>'.
	 * @see org.flowpilot.model.SimulatedOutcome
	 * @generated
	 */
	EEnum getSimulatedOutcome();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.PreparationTaskKind <em>Preparation Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Preparation Task Kind</em>'.
	 * @see org.flowpilot.model.PreparationTaskKind
	 * @generated
	 */
	EEnum getPreparationTaskKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.NetworkProfileKind <em>Network Profile Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Profile Kind</em>'.
	 * @see org.flowpilot.model.NetworkProfileKind
	 * @generated
	 */
	EEnum getNetworkProfileKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.AppType <em>App Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>App Type</em>'.
	 * @see org.flowpilot.model.AppType
	 * @generated
	 */
	EEnum getAppType();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.InstallContext <em>Install Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Install Context</em>'.
	 * @see org.flowpilot.model.InstallContext
	 * @generated
	 */
	EEnum getInstallContext();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.WindowsVersion <em>Windows Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Windows Version</em>'.
	 * @see org.flowpilot.model.WindowsVersion
	 * @generated
	 */
	EEnum getWindowsVersion();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.Connectivity <em>Connectivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connectivity</em>'.
	 * @see org.flowpilot.model.Connectivity
	 * @generated
	 */
	EEnum getConnectivity();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.GroupKind <em>Group Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Kind</em>'.
	 * @see org.flowpilot.model.GroupKind
	 * @generated
	 */
	EEnum getGroupKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.FlowKind <em>Flow Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Flow Kind</em>'.
	 * @see org.flowpilot.model.FlowKind
	 * @generated
	 */
	EEnum getFlowKind();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.ScenarioFact <em>Scenario Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scenario Fact</em>'.
	 * @see org.flowpilot.model.ScenarioFact
	 * @generated
	 */
	EEnum getScenarioFact();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.StepOutcome <em>Step Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Outcome</em>'.
	 * @see org.flowpilot.model.StepOutcome
	 * @generated
	 */
	EEnum getStepOutcome();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.FailurePageChoice <em>Failure Page Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Page Choice</em>'.
	 * @see org.flowpilot.model.FailurePageChoice
	 * @generated
	 */
	EEnum getFailurePageChoice();

	/**
	 * Returns the meta object for enum '{@link org.flowpilot.model.FailureKind <em>Failure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Kind</em>'.
	 * @see org.flowpilot.model.FailureKind
	 * @generated
	 */
	EEnum getFailureKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FlowpilotFactory getFlowpilotFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.NamedElementImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AutopilotModelImpl <em>Autopilot Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AutopilotModelImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAutopilotModel()
		 * @generated
		 */
		EClass AUTOPILOT_MODEL = eINSTANCE.getAutopilotModel();

		/**
		 * The meta object literal for the '<em><b>Organization Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOPILOT_MODEL__ORGANIZATION_NAME = eINSTANCE.getAutopilotModel_OrganizationName();

		/**
		 * The meta object literal for the '<em><b>Tenant Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOPILOT_MODEL__TENANT_ID = eINSTANCE.getAutopilotModel_TenantId();

		/**
		 * The meta object literal for the '<em><b>Tenant Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOPILOT_MODEL__TENANT_DOMAIN = eINSTANCE.getAutopilotModel_TenantDomain();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__PROFILES = eINSTANCE.getAutopilotModel_Profiles();

		/**
		 * The meta object literal for the '<em><b>Enrollment Status Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES = eINSTANCE.getAutopilotModel_EnrollmentStatusPages();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__USERS = eINSTANCE.getAutopilotModel_Users();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__DEVICES = eINSTANCE.getAutopilotModel_Devices();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__GROUPS = eINSTANCE.getAutopilotModel_Groups();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__FLOWS = eINSTANCE.getAutopilotModel_Flows();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOPILOT_MODEL__SCENARIOS = eINSTANCE.getAutopilotModel_Scenarios();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AssignableConfigurationImpl <em>Assignable Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AssignableConfigurationImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignableConfiguration()
		 * @generated
		 */
		EClass ASSIGNABLE_CONFIGURATION = eINSTANCE.getAssignableConfiguration();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNABLE_CONFIGURATION__ASSIGNMENTS = eINSTANCE.getAssignableConfiguration_Assignments();

		/**
		 * The meta object literal for the '<em><b>Graph Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNABLE_CONFIGURATION__GRAPH_ID = eINSTANCE.getAssignableConfiguration_GraphId();

		/**
		 * The meta object literal for the '<em><b>Created Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME = eINSTANCE.getAssignableConfiguration_CreatedDateTime();

		/**
		 * The meta object literal for the '<em><b>Last Modified Date Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME = eINSTANCE.getAssignableConfiguration_LastModifiedDateTime();

		/**
		 * The meta object literal for the '<em><b>Role Scope Tag Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS = eINSTANCE.getAssignableConfiguration_RoleScopeTagIds();

		/**
		 * The meta object literal for the '<em><b>Graph Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES = eINSTANCE.getAssignableConfiguration_GraphProperties();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.JsonPropertyImpl <em>Json Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.JsonPropertyImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getJsonProperty()
		 * @generated
		 */
		EClass JSON_PROPERTY = eINSTANCE.getJsonProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_PROPERTY__KEY = eINSTANCE.getJsonProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_PROPERTY__VALUE = eINSTANCE.getJsonProperty_Value();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AssignmentImpl <em>Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AssignmentImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignment()
		 * @generated
		 */
		EClass ASSIGNMENT = eINSTANCE.getAssignment();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__GROUP = eINSTANCE.getAssignment_Group();

		/**
		 * The meta object literal for the '<em><b>Intent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__INTENT = eINSTANCE.getAssignment_Intent();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.DeploymentProfileImpl <em>Deployment Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.DeploymentProfileImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDeploymentProfile()
		 * @generated
		 */
		EClass DEPLOYMENT_PROFILE = eINSTANCE.getDeploymentProfile();

		/**
		 * The meta object literal for the '<em><b>Convert All Targeted Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES = eINSTANCE.getDeploymentProfile_ConvertAllTargetedDevices();

		/**
		 * The meta object literal for the '<em><b>Device Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__DEVICE_TYPE = eINSTANCE.getDeploymentProfile_DeviceType();

		/**
		 * The meta object literal for the '<em><b>Deployment Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__DEPLOYMENT_MODE = eINSTANCE.getDeploymentProfile_DeploymentMode();

		/**
		 * The meta object literal for the '<em><b>Join Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__JOIN_TYPE = eINSTANCE.getDeploymentProfile_JoinType();

		/**
		 * The meta object literal for the '<em><b>Skip AD Connectivity Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK = eINSTANCE.getDeploymentProfile_SkipADConnectivityCheck();

		/**
		 * The meta object literal for the '<em><b>Microsoft Software License Terms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS = eINSTANCE.getDeploymentProfile_MicrosoftSoftwareLicenseTerms();

		/**
		 * The meta object literal for the '<em><b>Privacy Settings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__PRIVACY_SETTINGS = eINSTANCE.getDeploymentProfile_PrivacySettings();

		/**
		 * The meta object literal for the '<em><b>Hide Change Account Options</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS = eINSTANCE.getDeploymentProfile_HideChangeAccountOptions();

		/**
		 * The meta object literal for the '<em><b>User Account Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE = eINSTANCE.getDeploymentProfile_UserAccountType();

		/**
		 * The meta object literal for the '<em><b>Allow Pre Provisioned Deployment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT = eINSTANCE.getDeploymentProfile_AllowPreProvisionedDeployment();

		/**
		 * The meta object literal for the '<em><b>Language Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__LANGUAGE_REGION = eINSTANCE.getDeploymentProfile_LanguageRegion();

		/**
		 * The meta object literal for the '<em><b>Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__LOCALE = eINSTANCE.getDeploymentProfile_Locale();

		/**
		 * The meta object literal for the '<em><b>Automatically Configure Keyboard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD = eINSTANCE.getDeploymentProfile_AutomaticallyConfigureKeyboard();

		/**
		 * The meta object literal for the '<em><b>Apply Device Name Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE = eINSTANCE.getDeploymentProfile_ApplyDeviceNameTemplate();

		/**
		 * The meta object literal for the '<em><b>Device Name Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE = eINSTANCE.getDeploymentProfile_DeviceNameTemplate();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__CREATED = eINSTANCE.getDeploymentProfile_Created();

		/**
		 * The meta object literal for the '<em><b>Offline Config Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES = eINSTANCE.getDeploymentProfile_OfflineConfigProperties();

		/**
		 * The meta object literal for the '<em><b>Hidden Screens</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT_PROFILE__HIDDEN_SCREENS = eINSTANCE.getDeploymentProfile_HiddenScreens();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl <em>Enrollment Status Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.EnrollmentStatusPageImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEnrollmentStatusPage()
		 * @generated
		 */
		EClass ENROLLMENT_STATUS_PAGE = eINSTANCE.getEnrollmentStatusPage();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__PRIORITY = eINSTANCE.getEnrollmentStatusPage_Priority();

		/**
		 * The meta object literal for the '<em><b>Show App And Profile Configuration Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS = eINSTANCE.getEnrollmentStatusPage_ShowAppAndProfileConfigurationProgress();

		/**
		 * The meta object literal for the '<em><b>Installation Timeout Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES = eINSTANCE.getEnrollmentStatusPage_InstallationTimeoutMinutes();

		/**
		 * The meta object literal for the '<em><b>Show Custom Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE = eINSTANCE.getEnrollmentStatusPage_ShowCustomMessage();

		/**
		 * The meta object literal for the '<em><b>Custom Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE = eINSTANCE.getEnrollmentStatusPage_CustomMessage();

		/**
		 * The meta object literal for the '<em><b>Turn On Log Collection And Diagnostics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS = eINSTANCE.getEnrollmentStatusPage_TurnOnLogCollectionAndDiagnostics();

		/**
		 * The meta object literal for the '<em><b>Only Show Page To Devices Provisioned By Oobe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE = eINSTANCE.getEnrollmentStatusPage_OnlyShowPageToDevicesProvisionedByOobe();

		/**
		 * The meta object literal for the '<em><b>Install Windows Quality Updates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES = eINSTANCE.getEnrollmentStatusPage_InstallWindowsQualityUpdates();

		/**
		 * The meta object literal for the '<em><b>Block Device Use Until All Apps And Profiles Installed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED = eINSTANCE.getEnrollmentStatusPage_BlockDeviceUseUntilAllAppsAndProfilesInstalled();

		/**
		 * The meta object literal for the '<em><b>Allow Reset On Installation Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR = eINSTANCE.getEnrollmentStatusPage_AllowResetOnInstallationError();

		/**
		 * The meta object literal for the '<em><b>Allow Use On Installation Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR = eINSTANCE.getEnrollmentStatusPage_AllowUseOnInstallationError();

		/**
		 * The meta object literal for the '<em><b>Blocking Apps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__BLOCKING_APPS = eINSTANCE.getEnrollmentStatusPage_BlockingApps();

		/**
		 * The meta object literal for the '<em><b>Selected Blocking Apps</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS = eINSTANCE.getEnrollmentStatusPage_SelectedBlockingApps();

		/**
		 * The meta object literal for the '<em><b>Only Fail Selected Blocking Apps In Technician Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE = eINSTANCE.getEnrollmentStatusPage_OnlyFailSelectedBlockingAppsInTechnicianPhase();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENROLLMENT_STATUS_PAGE__PHASES = eINSTANCE.getEnrollmentStatusPage_Phases();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.EspPhaseImpl <em>Esp Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.EspPhaseImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhase()
		 * @generated
		 */
		EClass ESP_PHASE = eINSTANCE.getEspPhase();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESP_PHASE__KIND = eINSTANCE.getEspPhase_Kind();

		/**
		 * The meta object literal for the '<em><b>Tracked Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESP_PHASE__TRACKED_ITEMS = eINSTANCE.getEspPhase_TrackedItems();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.TrackedItemImpl <em>Tracked Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.TrackedItemImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getTrackedItem()
		 * @generated
		 */
		EClass TRACKED_ITEM = eINSTANCE.getTrackedItem();

		/**
		 * The meta object literal for the '<em><b>Estimated Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_ITEM__ESTIMATED_MINUTES = eINSTANCE.getTrackedItem_EstimatedMinutes();

		/**
		 * The meta object literal for the '<em><b>Simulated Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_ITEM__SIMULATED_OUTCOME = eINSTANCE.getTrackedItem_SimulatedOutcome();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.PreparationTaskImpl <em>Preparation Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.PreparationTaskImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPreparationTask()
		 * @generated
		 */
		EClass PREPARATION_TASK = eINSTANCE.getPreparationTask();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREPARATION_TASK__KIND = eINSTANCE.getPreparationTask_Kind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.SecurityPolicyImpl <em>Security Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.SecurityPolicyImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSecurityPolicy()
		 * @generated
		 */
		EClass SECURITY_POLICY = eINSTANCE.getSecurityPolicy();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.CertificateImpl <em>Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.CertificateImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCertificate()
		 * @generated
		 */
		EClass CERTIFICATE = eINSTANCE.getCertificate();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.NetworkProfileImpl <em>Network Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.NetworkProfileImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkProfile()
		 * @generated
		 */
		EClass NETWORK_PROFILE = eINSTANCE.getNetworkProfile();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_PROFILE__KIND = eINSTANCE.getNetworkProfile_Kind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AppImpl <em>App</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AppImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getApp()
		 * @generated
		 */
		EClass APP = eINSTANCE.getApp();

		/**
		 * The meta object literal for the '<em><b>App Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APP__APP_TYPE = eINSTANCE.getApp_AppType();

		/**
		 * The meta object literal for the '<em><b>Install Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APP__INSTALL_CONTEXT = eINSTANCE.getApp_InstallContext();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.UserImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>User Principal Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__USER_PRINCIPAL_NAME = eINSTANCE.getUser_UserPrincipalName();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Mfa Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__MFA_REQUIRED = eINSTANCE.getUser_MfaRequired();

		/**
		 * The meta object literal for the '<em><b>On Premises Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ON_PREMISES_ACCOUNT = eINSTANCE.getUser_OnPremisesAccount();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.DeviceImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SERIAL_NUMBER = eINSTANCE.getDevice_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Windows Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__WINDOWS_PRODUCT_ID = eINSTANCE.getDevice_WindowsProductId();

		/**
		 * The meta object literal for the '<em><b>Hardware Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__HARDWARE_HASH = eINSTANCE.getDevice_HardwareHash();

		/**
		 * The meta object literal for the '<em><b>Group Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__GROUP_TAG = eINSTANCE.getDevice_GroupTag();

		/**
		 * The meta object literal for the '<em><b>Assigned User</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__ASSIGNED_USER = eINSTANCE.getDevice_AssignedUser();

		/**
		 * The meta object literal for the '<em><b>User Friendly Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__USER_FRIENDLY_NAME = eINSTANCE.getDevice_UserFriendlyName();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MANUFACTURER = eINSTANCE.getDevice_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '<em><b>Windows Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__WINDOWS_VERSION = eINSTANCE.getDevice_WindowsVersion();

		/**
		 * The meta object literal for the '<em><b>Tpm20</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TPM20 = eINSTANCE.getDevice_Tpm20();

		/**
		 * The meta object literal for the '<em><b>Virtual Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__VIRTUAL_MACHINE = eINSTANCE.getDevice_VirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Connectivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__CONNECTIVITY = eINSTANCE.getDevice_Connectivity();

		/**
		 * The meta object literal for the '<em><b>Domain Controller Over Vpn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__DOMAIN_CONTROLLER_OVER_VPN = eINSTANCE.getDevice_DomainControllerOverVpn();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.GroupImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__KIND = eINSTANCE.getGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__DEVICES = eINSTANCE.getGroup_Devices();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__USERS = eINSTANCE.getGroup_Users();

		/**
		 * The meta object literal for the '<em><b>Group Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__GROUP_TAG = eINSTANCE.getGroup_GroupTag();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.FlowImpl <em>Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.FlowImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFlow()
		 * @generated
		 */
		EClass FLOW = eINSTANCE.getFlow();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__KIND = eINSTANCE.getFlow_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__START = eINSTANCE.getFlow_Start();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__STEPS = eINSTANCE.getFlow_Steps();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__TRANSITIONS = eINSTANCE.getFlow_Transitions();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.StepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Source Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SOURCE_DOCUMENT = eINSTANCE.getStep_SourceDocument();

		/**
		 * The meta object literal for the '<em><b>Outgoing</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__OUTGOING = eINSTANCE.getStep_Outgoing();

		/**
		 * The meta object literal for the '<em><b>Incoming</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__INCOMING = eINSTANCE.getStep_Incoming();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.PowerOnStepImpl <em>Power On Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.PowerOnStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPowerOnStep()
		 * @generated
		 */
		EClass POWER_ON_STEP = eINSTANCE.getPowerOnStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.NetworkCheckStepImpl <em>Network Check Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.NetworkCheckStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkCheckStep()
		 * @generated
		 */
		EClass NETWORK_CHECK_STEP = eINSTANCE.getNetworkCheckStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ScreenStepImpl <em>Screen Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ScreenStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenStep()
		 * @generated
		 */
		EClass SCREEN_STEP = eINSTANCE.getScreenStep();

		/**
		 * The meta object literal for the '<em><b>Screen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_STEP__SCREEN = eINSTANCE.getScreenStep_Screen();

		/**
		 * The meta object literal for the '<em><b>Shown Before Profile Download</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD = eINSTANCE.getScreenStep_ShownBeforeProfileDownload();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.SignInStepImpl <em>Sign In Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.SignInStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSignInStep()
		 * @generated
		 */
		EClass SIGN_IN_STEP = eINSTANCE.getSignInStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.MfaStepImpl <em>Mfa Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.MfaStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getMfaStep()
		 * @generated
		 */
		EClass MFA_STEP = eINSTANCE.getMfaStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.EspPhaseStepImpl <em>Esp Phase Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.EspPhaseStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhaseStep()
		 * @generated
		 */
		EClass ESP_PHASE_STEP = eINSTANCE.getEspPhaseStep();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESP_PHASE_STEP__PHASE = eINSTANCE.getEspPhaseStep_Phase();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.RebootStepImpl <em>Reboot Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.RebootStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getRebootStep()
		 * @generated
		 */
		EClass REBOOT_STEP = eINSTANCE.getRebootStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ProvisioningMenuStepImpl <em>Provisioning Menu Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ProvisioningMenuStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getProvisioningMenuStep()
		 * @generated
		 */
		EClass PROVISIONING_MENU_STEP = eINSTANCE.getProvisioningMenuStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ResealStepImpl <em>Reseal Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ResealStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getResealStep()
		 * @generated
		 */
		EClass RESEAL_STEP = eINSTANCE.getResealStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.WindowsSignOnStepImpl <em>Windows Sign On Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.WindowsSignOnStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsSignOnStep()
		 * @generated
		 */
		EClass WINDOWS_SIGN_ON_STEP = eINSTANCE.getWindowsSignOnStep();

		/**
		 * The meta object literal for the '<em><b>On Premises Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS = eINSTANCE.getWindowsSignOnStep_OnPremisesCredentials();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.DesktopStepImpl <em>Desktop Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.DesktopStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDesktopStep()
		 * @generated
		 */
		EClass DESKTOP_STEP = eINSTANCE.getDesktopStep();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.CustomStepImpl <em>Custom Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.CustomStepImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCustomStep()
		 * @generated
		 */
		EClass CUSTOM_STEP = eINSTANCE.getCustomStep();

		/**
		 * The meta object literal for the '<em><b>Extension Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_STEP__EXTENSION_TYPE_ID = eINSTANCE.getCustomStep_ExtensionTypeId();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.TransitionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__SOURCE = eINSTANCE.getTransition_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__TARGET = eINSTANCE.getTransition_Target();

		/**
		 * The meta object literal for the '<em><b>Guard</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSITION__GUARD = eINSTANCE.getTransition_Guard();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.FactConditionImpl <em>Fact Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.FactConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFactCondition()
		 * @generated
		 */
		EClass FACT_CONDITION = eINSTANCE.getFactCondition();

		/**
		 * The meta object literal for the '<em><b>Fact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_CONDITION__FACT = eINSTANCE.getFactCondition_Fact();

		/**
		 * The meta object literal for the '<em><b>Holds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_CONDITION__HOLDS = eINSTANCE.getFactCondition_Holds();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ConnectivityConditionImpl <em>Connectivity Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ConnectivityConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConnectivityCondition()
		 * @generated
		 */
		EClass CONNECTIVITY_CONDITION = eINSTANCE.getConnectivityCondition();

		/**
		 * The meta object literal for the '<em><b>Connectivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTIVITY_CONDITION__CONNECTIVITY = eINSTANCE.getConnectivityCondition_Connectivity();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.WindowsVersionConditionImpl <em>Windows Version Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.WindowsVersionConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsVersionCondition()
		 * @generated
		 */
		EClass WINDOWS_VERSION_CONDITION = eINSTANCE.getWindowsVersionCondition();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOWS_VERSION_CONDITION__VERSION = eINSTANCE.getWindowsVersionCondition_Version();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ScreenHiddenConditionImpl <em>Screen Hidden Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ScreenHiddenConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenHiddenCondition()
		 * @generated
		 */
		EClass SCREEN_HIDDEN_CONDITION = eINSTANCE.getScreenHiddenCondition();

		/**
		 * The meta object literal for the '<em><b>Screen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREEN_HIDDEN_CONDITION__SCREEN = eINSTANCE.getScreenHiddenCondition_Screen();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.StepOutcomeConditionImpl <em>Step Outcome Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.StepOutcomeConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStepOutcomeCondition()
		 * @generated
		 */
		EClass STEP_OUTCOME_CONDITION = eINSTANCE.getStepOutcomeCondition();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_OUTCOME_CONDITION__OUTCOME = eINSTANCE.getStepOutcomeCondition_Outcome();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.NotConditionImpl <em>Not Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.NotConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNotCondition()
		 * @generated
		 */
		EClass NOT_CONDITION = eINSTANCE.getNotCondition();

		/**
		 * The meta object literal for the '<em><b>Operand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT_CONDITION__OPERAND = eINSTANCE.getNotCondition_Operand();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AllOfConditionImpl <em>All Of Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AllOfConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAllOfCondition()
		 * @generated
		 */
		EClass ALL_OF_CONDITION = eINSTANCE.getAllOfCondition();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALL_OF_CONDITION__OPERANDS = eINSTANCE.getAllOfCondition_Operands();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.AnyOfConditionImpl <em>Any Of Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.AnyOfConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAnyOfCondition()
		 * @generated
		 */
		EClass ANY_OF_CONDITION = eINSTANCE.getAnyOfCondition();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANY_OF_CONDITION__OPERANDS = eINSTANCE.getAnyOfCondition_Operands();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ExtensionConditionImpl <em>Extension Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ExtensionConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getExtensionCondition()
		 * @generated
		 */
		EClass EXTENSION_CONDITION = eINSTANCE.getExtensionCondition();

		/**
		 * The meta object literal for the '<em><b>Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_CONDITION__TYPE_ID = eINSTANCE.getExtensionCondition_TypeId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION_CONDITION__PARAMETERS = eINSTANCE.getExtensionCondition_Parameters();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ConditionParameterImpl <em>Condition Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ConditionParameterImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConditionParameter()
		 * @generated
		 */
		EClass CONDITION_PARAMETER = eINSTANCE.getConditionParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_PARAMETER__KEY = eINSTANCE.getConditionParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION_PARAMETER__VALUE = eINSTANCE.getConditionParameter_Value();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.OtherwiseConditionImpl <em>Otherwise Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.OtherwiseConditionImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getOtherwiseCondition()
		 * @generated
		 */
		EClass OTHERWISE_CONDITION = eINSTANCE.getOtherwiseCondition();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.ScenarioImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Flow</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__FLOW = eINSTANCE.getScenario_Flow();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DEVICE = eINSTANCE.getScenario_Device();

		/**
		 * The meta object literal for the '<em><b>Windows Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__WINDOWS_VERSION = eINSTANCE.getScenario_WindowsVersion();

		/**
		 * The meta object literal for the '<em><b>Connectivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__CONNECTIVITY = eINSTANCE.getScenario_Connectivity();

		/**
		 * The meta object literal for the '<em><b>User Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__USER_PRESENT = eINSTANCE.getScenario_UserPresent();

		/**
		 * The meta object literal for the '<em><b>Mfa Prompted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MFA_PROMPTED = eINSTANCE.getScenario_MfaPrompted();

		/**
		 * The meta object literal for the '<em><b>Technician Flow Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TECHNICIAN_FLOW_DONE = eINSTANCE.getScenario_TechnicianFlowDone();

		/**
		 * The meta object literal for the '<em><b>Technician Flow Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TECHNICIAN_FLOW_COMPLETED = eINSTANCE.getScenario_TechnicianFlowCompleted();

		/**
		 * The meta object literal for the '<em><b>Run Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__RUN_STARTS = eINSTANCE.getScenario_RunStarts();

		/**
		 * The meta object literal for the '<em><b>Injected Failures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__INJECTED_FAILURES = eINSTANCE.getScenario_InjectedFailures();

		/**
		 * The meta object literal for the '<em><b>Failure Page Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__FAILURE_PAGE_CHOICES = eINSTANCE.getScenario_FailurePageChoices();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.impl.InjectedFailureImpl <em>Injected Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.impl.InjectedFailureImpl
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getInjectedFailure()
		 * @generated
		 */
		EClass INJECTED_FAILURE = eINSTANCE.getInjectedFailure();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INJECTED_FAILURE__KIND = eINSTANCE.getInjectedFailure_Kind();

		/**
		 * The meta object literal for the '<em><b>Tracked Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INJECTED_FAILURE__TRACKED_ITEM = eINSTANCE.getInjectedFailure_TrackedItem();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.AssignmentIntent <em>Assignment Intent</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.AssignmentIntent
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAssignmentIntent()
		 * @generated
		 */
		EEnum ASSIGNMENT_INTENT = eINSTANCE.getAssignmentIntent();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.DeploymentMode <em>Deployment Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.DeploymentMode
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getDeploymentMode()
		 * @generated
		 */
		EEnum DEPLOYMENT_MODE = eINSTANCE.getDeploymentMode();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.JoinType <em>Join Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.JoinType
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getJoinType()
		 * @generated
		 */
		EEnum JOIN_TYPE = eINSTANCE.getJoinType();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.ScreenVisibility <em>Screen Visibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.ScreenVisibility
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenVisibility()
		 * @generated
		 */
		EEnum SCREEN_VISIBILITY = eINSTANCE.getScreenVisibility();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.UserAccountType <em>User Account Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.UserAccountType
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getUserAccountType()
		 * @generated
		 */
		EEnum USER_ACCOUNT_TYPE = eINSTANCE.getUserAccountType();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.LanguageRegion <em>Language Region</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.LanguageRegion
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getLanguageRegion()
		 * @generated
		 */
		EEnum LANGUAGE_REGION = eINSTANCE.getLanguageRegion();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.AutopilotDeviceType <em>Autopilot Device Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.AutopilotDeviceType
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAutopilotDeviceType()
		 * @generated
		 */
		EEnum AUTOPILOT_DEVICE_TYPE = eINSTANCE.getAutopilotDeviceType();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.ScreenKind <em>Screen Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.ScreenKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScreenKind()
		 * @generated
		 */
		EEnum SCREEN_KIND = eINSTANCE.getScreenKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.BlockingAppSelection <em>Blocking App Selection</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.BlockingAppSelection
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getBlockingAppSelection()
		 * @generated
		 */
		EEnum BLOCKING_APP_SELECTION = eINSTANCE.getBlockingAppSelection();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.EspPhaseKind <em>Esp Phase Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.EspPhaseKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getEspPhaseKind()
		 * @generated
		 */
		EEnum ESP_PHASE_KIND = eINSTANCE.getEspPhaseKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.SimulatedOutcome <em>Simulated Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.SimulatedOutcome
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getSimulatedOutcome()
		 * @generated
		 */
		EEnum SIMULATED_OUTCOME = eINSTANCE.getSimulatedOutcome();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.PreparationTaskKind <em>Preparation Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.PreparationTaskKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getPreparationTaskKind()
		 * @generated
		 */
		EEnum PREPARATION_TASK_KIND = eINSTANCE.getPreparationTaskKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.NetworkProfileKind <em>Network Profile Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.NetworkProfileKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getNetworkProfileKind()
		 * @generated
		 */
		EEnum NETWORK_PROFILE_KIND = eINSTANCE.getNetworkProfileKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.AppType <em>App Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.AppType
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getAppType()
		 * @generated
		 */
		EEnum APP_TYPE = eINSTANCE.getAppType();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.InstallContext <em>Install Context</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.InstallContext
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getInstallContext()
		 * @generated
		 */
		EEnum INSTALL_CONTEXT = eINSTANCE.getInstallContext();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.WindowsVersion <em>Windows Version</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.WindowsVersion
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getWindowsVersion()
		 * @generated
		 */
		EEnum WINDOWS_VERSION = eINSTANCE.getWindowsVersion();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.Connectivity <em>Connectivity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.Connectivity
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getConnectivity()
		 * @generated
		 */
		EEnum CONNECTIVITY = eINSTANCE.getConnectivity();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.GroupKind <em>Group Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.GroupKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getGroupKind()
		 * @generated
		 */
		EEnum GROUP_KIND = eINSTANCE.getGroupKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.FlowKind <em>Flow Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.FlowKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFlowKind()
		 * @generated
		 */
		EEnum FLOW_KIND = eINSTANCE.getFlowKind();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.ScenarioFact <em>Scenario Fact</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.ScenarioFact
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getScenarioFact()
		 * @generated
		 */
		EEnum SCENARIO_FACT = eINSTANCE.getScenarioFact();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.StepOutcome <em>Step Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.StepOutcome
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getStepOutcome()
		 * @generated
		 */
		EEnum STEP_OUTCOME = eINSTANCE.getStepOutcome();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.FailurePageChoice <em>Failure Page Choice</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.FailurePageChoice
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFailurePageChoice()
		 * @generated
		 */
		EEnum FAILURE_PAGE_CHOICE = eINSTANCE.getFailurePageChoice();

		/**
		 * The meta object literal for the '{@link org.flowpilot.model.FailureKind <em>Failure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.flowpilot.model.FailureKind
		 * @see org.flowpilot.model.impl.FlowpilotPackageImpl#getFailureKind()
		 * @generated
		 */
		EEnum FAILURE_KIND = eINSTANCE.getFailureKind();

	}

} //FlowpilotPackage
