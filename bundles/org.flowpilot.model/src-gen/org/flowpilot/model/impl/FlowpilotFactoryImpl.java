/**
 */
package org.flowpilot.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.flowpilot.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FlowpilotFactoryImpl extends EFactoryImpl implements FlowpilotFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FlowpilotFactory init() {
		try {
			FlowpilotFactory theFlowpilotFactory = (FlowpilotFactory)EPackage.Registry.INSTANCE.getEFactory(FlowpilotPackage.eNS_URI);
			if (theFlowpilotFactory != null) {
				return theFlowpilotFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FlowpilotFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowpilotFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FlowpilotPackage.AUTOPILOT_MODEL: return createAutopilotModel();
			case FlowpilotPackage.JSON_PROPERTY: return (EObject)createJsonProperty();
			case FlowpilotPackage.ASSIGNMENT: return createAssignment();
			case FlowpilotPackage.DEPLOYMENT_PROFILE: return createDeploymentProfile();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE: return createEnrollmentStatusPage();
			case FlowpilotPackage.ESP_PHASE: return createEspPhase();
			case FlowpilotPackage.PREPARATION_TASK: return createPreparationTask();
			case FlowpilotPackage.SECURITY_POLICY: return createSecurityPolicy();
			case FlowpilotPackage.CERTIFICATE: return createCertificate();
			case FlowpilotPackage.NETWORK_PROFILE: return createNetworkProfile();
			case FlowpilotPackage.APP: return createApp();
			case FlowpilotPackage.USER: return createUser();
			case FlowpilotPackage.DEVICE: return createDevice();
			case FlowpilotPackage.GROUP: return createGroup();
			case FlowpilotPackage.FLOW: return createFlow();
			case FlowpilotPackage.POWER_ON_STEP: return createPowerOnStep();
			case FlowpilotPackage.NETWORK_CHECK_STEP: return createNetworkCheckStep();
			case FlowpilotPackage.SCREEN_STEP: return createScreenStep();
			case FlowpilotPackage.SIGN_IN_STEP: return createSignInStep();
			case FlowpilotPackage.MFA_STEP: return createMfaStep();
			case FlowpilotPackage.ESP_PHASE_STEP: return createEspPhaseStep();
			case FlowpilotPackage.REBOOT_STEP: return createRebootStep();
			case FlowpilotPackage.PROVISIONING_MENU_STEP: return createProvisioningMenuStep();
			case FlowpilotPackage.RESEAL_STEP: return createResealStep();
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP: return createWindowsSignOnStep();
			case FlowpilotPackage.DESKTOP_STEP: return createDesktopStep();
			case FlowpilotPackage.CUSTOM_STEP: return createCustomStep();
			case FlowpilotPackage.TRANSITION: return createTransition();
			case FlowpilotPackage.FACT_CONDITION: return createFactCondition();
			case FlowpilotPackage.CONNECTIVITY_CONDITION: return createConnectivityCondition();
			case FlowpilotPackage.WINDOWS_VERSION_CONDITION: return createWindowsVersionCondition();
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION: return createScreenHiddenCondition();
			case FlowpilotPackage.STEP_OUTCOME_CONDITION: return createStepOutcomeCondition();
			case FlowpilotPackage.NOT_CONDITION: return createNotCondition();
			case FlowpilotPackage.ALL_OF_CONDITION: return createAllOfCondition();
			case FlowpilotPackage.ANY_OF_CONDITION: return createAnyOfCondition();
			case FlowpilotPackage.EXTENSION_CONDITION: return createExtensionCondition();
			case FlowpilotPackage.CONDITION_PARAMETER: return (EObject)createConditionParameter();
			case FlowpilotPackage.OTHERWISE_CONDITION: return createOtherwiseCondition();
			case FlowpilotPackage.SCENARIO: return createScenario();
			case FlowpilotPackage.INJECTED_FAILURE: return createInjectedFailure();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FlowpilotPackage.ASSIGNMENT_INTENT:
				return createAssignmentIntentFromString(eDataType, initialValue);
			case FlowpilotPackage.DEPLOYMENT_MODE:
				return createDeploymentModeFromString(eDataType, initialValue);
			case FlowpilotPackage.JOIN_TYPE:
				return createJoinTypeFromString(eDataType, initialValue);
			case FlowpilotPackage.SCREEN_VISIBILITY:
				return createScreenVisibilityFromString(eDataType, initialValue);
			case FlowpilotPackage.USER_ACCOUNT_TYPE:
				return createUserAccountTypeFromString(eDataType, initialValue);
			case FlowpilotPackage.LANGUAGE_REGION:
				return createLanguageRegionFromString(eDataType, initialValue);
			case FlowpilotPackage.AUTOPILOT_DEVICE_TYPE:
				return createAutopilotDeviceTypeFromString(eDataType, initialValue);
			case FlowpilotPackage.SCREEN_KIND:
				return createScreenKindFromString(eDataType, initialValue);
			case FlowpilotPackage.BLOCKING_APP_SELECTION:
				return createBlockingAppSelectionFromString(eDataType, initialValue);
			case FlowpilotPackage.ESP_PHASE_KIND:
				return createEspPhaseKindFromString(eDataType, initialValue);
			case FlowpilotPackage.SIMULATED_OUTCOME:
				return createSimulatedOutcomeFromString(eDataType, initialValue);
			case FlowpilotPackage.PREPARATION_TASK_KIND:
				return createPreparationTaskKindFromString(eDataType, initialValue);
			case FlowpilotPackage.NETWORK_PROFILE_KIND:
				return createNetworkProfileKindFromString(eDataType, initialValue);
			case FlowpilotPackage.APP_TYPE:
				return createAppTypeFromString(eDataType, initialValue);
			case FlowpilotPackage.INSTALL_CONTEXT:
				return createInstallContextFromString(eDataType, initialValue);
			case FlowpilotPackage.WINDOWS_VERSION:
				return createWindowsVersionFromString(eDataType, initialValue);
			case FlowpilotPackage.CONNECTIVITY:
				return createConnectivityFromString(eDataType, initialValue);
			case FlowpilotPackage.GROUP_KIND:
				return createGroupKindFromString(eDataType, initialValue);
			case FlowpilotPackage.FLOW_KIND:
				return createFlowKindFromString(eDataType, initialValue);
			case FlowpilotPackage.SCENARIO_FACT:
				return createScenarioFactFromString(eDataType, initialValue);
			case FlowpilotPackage.STEP_OUTCOME:
				return createStepOutcomeFromString(eDataType, initialValue);
			case FlowpilotPackage.FAILURE_PAGE_CHOICE:
				return createFailurePageChoiceFromString(eDataType, initialValue);
			case FlowpilotPackage.FAILURE_KIND:
				return createFailureKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FlowpilotPackage.ASSIGNMENT_INTENT:
				return convertAssignmentIntentToString(eDataType, instanceValue);
			case FlowpilotPackage.DEPLOYMENT_MODE:
				return convertDeploymentModeToString(eDataType, instanceValue);
			case FlowpilotPackage.JOIN_TYPE:
				return convertJoinTypeToString(eDataType, instanceValue);
			case FlowpilotPackage.SCREEN_VISIBILITY:
				return convertScreenVisibilityToString(eDataType, instanceValue);
			case FlowpilotPackage.USER_ACCOUNT_TYPE:
				return convertUserAccountTypeToString(eDataType, instanceValue);
			case FlowpilotPackage.LANGUAGE_REGION:
				return convertLanguageRegionToString(eDataType, instanceValue);
			case FlowpilotPackage.AUTOPILOT_DEVICE_TYPE:
				return convertAutopilotDeviceTypeToString(eDataType, instanceValue);
			case FlowpilotPackage.SCREEN_KIND:
				return convertScreenKindToString(eDataType, instanceValue);
			case FlowpilotPackage.BLOCKING_APP_SELECTION:
				return convertBlockingAppSelectionToString(eDataType, instanceValue);
			case FlowpilotPackage.ESP_PHASE_KIND:
				return convertEspPhaseKindToString(eDataType, instanceValue);
			case FlowpilotPackage.SIMULATED_OUTCOME:
				return convertSimulatedOutcomeToString(eDataType, instanceValue);
			case FlowpilotPackage.PREPARATION_TASK_KIND:
				return convertPreparationTaskKindToString(eDataType, instanceValue);
			case FlowpilotPackage.NETWORK_PROFILE_KIND:
				return convertNetworkProfileKindToString(eDataType, instanceValue);
			case FlowpilotPackage.APP_TYPE:
				return convertAppTypeToString(eDataType, instanceValue);
			case FlowpilotPackage.INSTALL_CONTEXT:
				return convertInstallContextToString(eDataType, instanceValue);
			case FlowpilotPackage.WINDOWS_VERSION:
				return convertWindowsVersionToString(eDataType, instanceValue);
			case FlowpilotPackage.CONNECTIVITY:
				return convertConnectivityToString(eDataType, instanceValue);
			case FlowpilotPackage.GROUP_KIND:
				return convertGroupKindToString(eDataType, instanceValue);
			case FlowpilotPackage.FLOW_KIND:
				return convertFlowKindToString(eDataType, instanceValue);
			case FlowpilotPackage.SCENARIO_FACT:
				return convertScenarioFactToString(eDataType, instanceValue);
			case FlowpilotPackage.STEP_OUTCOME:
				return convertStepOutcomeToString(eDataType, instanceValue);
			case FlowpilotPackage.FAILURE_PAGE_CHOICE:
				return convertFailurePageChoiceToString(eDataType, instanceValue);
			case FlowpilotPackage.FAILURE_KIND:
				return convertFailureKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutopilotModel createAutopilotModel() {
		AutopilotModelImpl autopilotModel = new AutopilotModelImpl();
		return autopilotModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createJsonProperty() {
		JsonPropertyImpl jsonProperty = new JsonPropertyImpl();
		return jsonProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentProfile createDeploymentProfile() {
		DeploymentProfileImpl deploymentProfile = new DeploymentProfileImpl();
		return deploymentProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnrollmentStatusPage createEnrollmentStatusPage() {
		EnrollmentStatusPageImpl enrollmentStatusPage = new EnrollmentStatusPageImpl();
		return enrollmentStatusPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EspPhase createEspPhase() {
		EspPhaseImpl espPhase = new EspPhaseImpl();
		return espPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreparationTask createPreparationTask() {
		PreparationTaskImpl preparationTask = new PreparationTaskImpl();
		return preparationTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityPolicy createSecurityPolicy() {
		SecurityPolicyImpl securityPolicy = new SecurityPolicyImpl();
		return securityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certificate createCertificate() {
		CertificateImpl certificate = new CertificateImpl();
		return certificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkProfile createNetworkProfile() {
		NetworkProfileImpl networkProfile = new NetworkProfileImpl();
		return networkProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public App createApp() {
		AppImpl app = new AppImpl();
		return app;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow createFlow() {
		FlowImpl flow = new FlowImpl();
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerOnStep createPowerOnStep() {
		PowerOnStepImpl powerOnStep = new PowerOnStepImpl();
		return powerOnStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkCheckStep createNetworkCheckStep() {
		NetworkCheckStepImpl networkCheckStep = new NetworkCheckStepImpl();
		return networkCheckStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenStep createScreenStep() {
		ScreenStepImpl screenStep = new ScreenStepImpl();
		return screenStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignInStep createSignInStep() {
		SignInStepImpl signInStep = new SignInStepImpl();
		return signInStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MfaStep createMfaStep() {
		MfaStepImpl mfaStep = new MfaStepImpl();
		return mfaStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EspPhaseStep createEspPhaseStep() {
		EspPhaseStepImpl espPhaseStep = new EspPhaseStepImpl();
		return espPhaseStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RebootStep createRebootStep() {
		RebootStepImpl rebootStep = new RebootStepImpl();
		return rebootStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProvisioningMenuStep createProvisioningMenuStep() {
		ProvisioningMenuStepImpl provisioningMenuStep = new ProvisioningMenuStepImpl();
		return provisioningMenuStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResealStep createResealStep() {
		ResealStepImpl resealStep = new ResealStepImpl();
		return resealStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowsSignOnStep createWindowsSignOnStep() {
		WindowsSignOnStepImpl windowsSignOnStep = new WindowsSignOnStepImpl();
		return windowsSignOnStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesktopStep createDesktopStep() {
		DesktopStepImpl desktopStep = new DesktopStepImpl();
		return desktopStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomStep createCustomStep() {
		CustomStepImpl customStep = new CustomStepImpl();
		return customStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition createTransition() {
		TransitionImpl transition = new TransitionImpl();
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactCondition createFactCondition() {
		FactConditionImpl factCondition = new FactConditionImpl();
		return factCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectivityCondition createConnectivityCondition() {
		ConnectivityConditionImpl connectivityCondition = new ConnectivityConditionImpl();
		return connectivityCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowsVersionCondition createWindowsVersionCondition() {
		WindowsVersionConditionImpl windowsVersionCondition = new WindowsVersionConditionImpl();
		return windowsVersionCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenHiddenCondition createScreenHiddenCondition() {
		ScreenHiddenConditionImpl screenHiddenCondition = new ScreenHiddenConditionImpl();
		return screenHiddenCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepOutcomeCondition createStepOutcomeCondition() {
		StepOutcomeConditionImpl stepOutcomeCondition = new StepOutcomeConditionImpl();
		return stepOutcomeCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotCondition createNotCondition() {
		NotConditionImpl notCondition = new NotConditionImpl();
		return notCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllOfCondition createAllOfCondition() {
		AllOfConditionImpl allOfCondition = new AllOfConditionImpl();
		return allOfCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnyOfCondition createAnyOfCondition() {
		AnyOfConditionImpl anyOfCondition = new AnyOfConditionImpl();
		return anyOfCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtensionCondition createExtensionCondition() {
		ExtensionConditionImpl extensionCondition = new ExtensionConditionImpl();
		return extensionCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createConditionParameter() {
		ConditionParameterImpl conditionParameter = new ConditionParameterImpl();
		return conditionParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OtherwiseCondition createOtherwiseCondition() {
		OtherwiseConditionImpl otherwiseCondition = new OtherwiseConditionImpl();
		return otherwiseCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InjectedFailure createInjectedFailure() {
		InjectedFailureImpl injectedFailure = new InjectedFailureImpl();
		return injectedFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignmentIntent createAssignmentIntentFromString(EDataType eDataType, String initialValue) {
		AssignmentIntent result = AssignmentIntent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssignmentIntentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentMode createDeploymentModeFromString(EDataType eDataType, String initialValue) {
		DeploymentMode result = DeploymentMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeploymentModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JoinType createJoinTypeFromString(EDataType eDataType, String initialValue) {
		JoinType result = JoinType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJoinTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreenVisibility createScreenVisibilityFromString(EDataType eDataType, String initialValue) {
		ScreenVisibility result = ScreenVisibility.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreenVisibilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UserAccountType createUserAccountTypeFromString(EDataType eDataType, String initialValue) {
		UserAccountType result = UserAccountType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUserAccountTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LanguageRegion createLanguageRegionFromString(EDataType eDataType, String initialValue) {
		LanguageRegion result = LanguageRegion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLanguageRegionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AutopilotDeviceType createAutopilotDeviceTypeFromString(EDataType eDataType, String initialValue) {
		AutopilotDeviceType result = AutopilotDeviceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAutopilotDeviceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreenKind createScreenKindFromString(EDataType eDataType, String initialValue) {
		ScreenKind result = ScreenKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreenKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BlockingAppSelection createBlockingAppSelectionFromString(EDataType eDataType, String initialValue) {
		BlockingAppSelection result = BlockingAppSelection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBlockingAppSelectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EspPhaseKind createEspPhaseKindFromString(EDataType eDataType, String initialValue) {
		EspPhaseKind result = EspPhaseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEspPhaseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SimulatedOutcome createSimulatedOutcomeFromString(EDataType eDataType, String initialValue) {
		SimulatedOutcome result = SimulatedOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSimulatedOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PreparationTaskKind createPreparationTaskKindFromString(EDataType eDataType, String initialValue) {
		PreparationTaskKind result = PreparationTaskKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPreparationTaskKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkProfileKind createNetworkProfileKindFromString(EDataType eDataType, String initialValue) {
		NetworkProfileKind result = NetworkProfileKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkProfileKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppType createAppTypeFromString(EDataType eDataType, String initialValue) {
		AppType result = AppType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAppTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstallContext createInstallContextFromString(EDataType eDataType, String initialValue) {
		InstallContext result = InstallContext.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstallContextToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WindowsVersion createWindowsVersionFromString(EDataType eDataType, String initialValue) {
		WindowsVersion result = WindowsVersion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWindowsVersionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Connectivity createConnectivityFromString(EDataType eDataType, String initialValue) {
		Connectivity result = Connectivity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectivityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GroupKind createGroupKindFromString(EDataType eDataType, String initialValue) {
		GroupKind result = GroupKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGroupKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowKind createFlowKindFromString(EDataType eDataType, String initialValue) {
		FlowKind result = FlowKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFlowKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioFact createScenarioFactFromString(EDataType eDataType, String initialValue) {
		ScenarioFact result = ScenarioFact.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScenarioFactToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepOutcome createStepOutcomeFromString(EDataType eDataType, String initialValue) {
		StepOutcome result = StepOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailurePageChoice createFailurePageChoiceFromString(EDataType eDataType, String initialValue) {
		FailurePageChoice result = FailurePageChoice.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailurePageChoiceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureKind createFailureKindFromString(EDataType eDataType, String initialValue) {
		FailureKind result = FailureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowpilotPackage getFlowpilotPackage() {
		return (FlowpilotPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FlowpilotPackage getPackage() {
		return FlowpilotPackage.eINSTANCE;
	}

} //FlowpilotFactoryImpl
