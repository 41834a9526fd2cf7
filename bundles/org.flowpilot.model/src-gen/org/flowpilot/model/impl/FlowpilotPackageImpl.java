/**
 */
package org.flowpilot.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.AnyOfCondition;
import org.flowpilot.model.App;
import org.flowpilot.model.AppType;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotDeviceType;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.Certificate;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.DesktopStep;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.ExtensionCondition;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.FailureKind;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.MfaStep;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.NetworkCheckStep;
import org.flowpilot.model.NetworkProfile;
import org.flowpilot.model.NetworkProfileKind;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.OtherwiseCondition;
import org.flowpilot.model.PowerOnStep;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.PreparationTaskKind;
import org.flowpilot.model.ProvisioningMenuStep;
import org.flowpilot.model.RebootStep;
import org.flowpilot.model.ResealStep;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.ScenarioFact;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.SecurityPolicy;
import org.flowpilot.model.SignInStep;
import org.flowpilot.model.SimulatedOutcome;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.Transition;
import org.flowpilot.model.User;
import org.flowpilot.model.UserAccountType;
import org.flowpilot.model.WindowsSignOnStep;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.WindowsVersionCondition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FlowpilotPackageImpl extends EPackageImpl implements FlowpilotPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass autopilotModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignableConfigurationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jsonPropertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deploymentProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enrollmentStatusPageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass espPhaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trackedItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass preparationTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securityPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certificateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerOnStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkCheckStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass screenStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signInStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mfaStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass espPhaseStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rebootStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provisioningMenuStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resealStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass windowsSignOnStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass desktopStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectivityConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass windowsVersionConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass screenHiddenConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepOutcomeConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass notConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allOfConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anyOfConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extensionConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass otherwiseConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass injectedFailureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assignmentIntentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deploymentModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum joinTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screenVisibilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum userAccountTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum languageRegionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum autopilotDeviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screenKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum blockingAppSelectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum espPhaseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum simulatedOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum preparationTaskKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum networkProfileKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum appTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum installContextEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum windowsVersionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectivityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum groupKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum flowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scenarioFactEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failurePageChoiceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.flowpilot.model.FlowpilotPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FlowpilotPackageImpl() {
		super(eNS_URI, FlowpilotFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FlowpilotPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FlowpilotPackage init() {
		if (isInited) return (FlowpilotPackage)EPackage.Registry.INSTANCE.getEPackage(FlowpilotPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFlowpilotPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FlowpilotPackageImpl theFlowpilotPackage = registeredFlowpilotPackage instanceof FlowpilotPackageImpl ? (FlowpilotPackageImpl)registeredFlowpilotPackage : new FlowpilotPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFlowpilotPackage.createPackageContents();

		// Initialize created meta-data
		theFlowpilotPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFlowpilotPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FlowpilotPackage.eNS_URI, theFlowpilotPackage);
		return theFlowpilotPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutopilotModel() {
		return autopilotModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutopilotModel_OrganizationName() {
		return (EAttribute)autopilotModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutopilotModel_TenantId() {
		return (EAttribute)autopilotModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutopilotModel_TenantDomain() {
		return (EAttribute)autopilotModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Profiles() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_EnrollmentStatusPages() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Users() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Devices() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Groups() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Flows() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutopilotModel_Scenarios() {
		return (EReference)autopilotModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignableConfiguration() {
		return assignableConfigurationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignableConfiguration_Assignments() {
		return (EReference)assignableConfigurationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignableConfiguration_GraphId() {
		return (EAttribute)assignableConfigurationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignableConfiguration_CreatedDateTime() {
		return (EAttribute)assignableConfigurationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignableConfiguration_LastModifiedDateTime() {
		return (EAttribute)assignableConfigurationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignableConfiguration_RoleScopeTagIds() {
		return (EAttribute)assignableConfigurationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignableConfiguration_GraphProperties() {
		return (EReference)assignableConfigurationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJsonProperty() {
		return jsonPropertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonProperty_Key() {
		return (EAttribute)jsonPropertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonProperty_Value() {
		return (EAttribute)jsonPropertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignment() {
		return assignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Group() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Intent() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeploymentProfile() {
		return deploymentProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_ConvertAllTargetedDevices() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_DeviceType() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_DeploymentMode() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_JoinType() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_SkipADConnectivityCheck() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_MicrosoftSoftwareLicenseTerms() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_PrivacySettings() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_HideChangeAccountOptions() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_UserAccountType() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_AllowPreProvisionedDeployment() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_LanguageRegion() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_Locale() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_AutomaticallyConfigureKeyboard() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_ApplyDeviceNameTemplate() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_DeviceNameTemplate() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_Created() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeploymentProfile_OfflineConfigProperties() {
		return (EReference)deploymentProfileEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeploymentProfile_HiddenScreens() {
		return (EAttribute)deploymentProfileEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnrollmentStatusPage() {
		return enrollmentStatusPageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_Priority() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_ShowAppAndProfileConfigurationProgress() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_InstallationTimeoutMinutes() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_ShowCustomMessage() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_CustomMessage() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_TurnOnLogCollectionAndDiagnostics() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_OnlyShowPageToDevicesProvisionedByOobe() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_InstallWindowsQualityUpdates() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_BlockDeviceUseUntilAllAppsAndProfilesInstalled() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_AllowResetOnInstallationError() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_AllowUseOnInstallationError() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_BlockingApps() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnrollmentStatusPage_SelectedBlockingApps() {
		return (EReference)enrollmentStatusPageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollmentStatusPage_OnlyFailSelectedBlockingAppsInTechnicianPhase() {
		return (EAttribute)enrollmentStatusPageEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnrollmentStatusPage_Phases() {
		return (EReference)enrollmentStatusPageEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEspPhase() {
		return espPhaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEspPhase_Kind() {
		return (EAttribute)espPhaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEspPhase_TrackedItems() {
		return (EReference)espPhaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrackedItem() {
		return trackedItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedItem_EstimatedMinutes() {
		return (EAttribute)trackedItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedItem_SimulatedOutcome() {
		return (EAttribute)trackedItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPreparationTask() {
		return preparationTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPreparationTask_Kind() {
		return (EAttribute)preparationTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecurityPolicy() {
		return securityPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertificate() {
		return certificateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkProfile() {
		return networkProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkProfile_Kind() {
		return (EAttribute)networkProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApp() {
		return appEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApp_AppType() {
		return (EAttribute)appEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApp_InstallContext() {
		return (EAttribute)appEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_UserPrincipalName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_DisplayName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_MfaRequired() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_OnPremisesAccount() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SerialNumber() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_WindowsProductId() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_HardwareHash() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_GroupTag() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_AssignedUser() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_UserFriendlyName() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Manufacturer() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Model() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_WindowsVersion() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Tpm20() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_VirtualMachine() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Connectivity() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_DomainControllerOverVpn() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroup() {
		return groupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroup_Kind() {
		return (EAttribute)groupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroup_Devices() {
		return (EReference)groupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroup_Users() {
		return (EReference)groupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroup_GroupTag() {
		return (EAttribute)groupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlow() {
		return flowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Kind() {
		return (EAttribute)flowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Start() {
		return (EReference)flowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Steps() {
		return (EReference)flowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Transitions() {
		return (EReference)flowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_SourceDocument() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Outgoing() {
		return (EReference)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Incoming() {
		return (EReference)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPowerOnStep() {
		return powerOnStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkCheckStep() {
		return networkCheckStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScreenStep() {
		return screenStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreenStep_Screen() {
		return (EAttribute)screenStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreenStep_ShownBeforeProfileDownload() {
		return (EAttribute)screenStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignInStep() {
		return signInStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMfaStep() {
		return mfaStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEspPhaseStep() {
		return espPhaseStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEspPhaseStep_Phase() {
		return (EAttribute)espPhaseStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRebootStep() {
		return rebootStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvisioningMenuStep() {
		return provisioningMenuStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResealStep() {
		return resealStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWindowsSignOnStep() {
		return windowsSignOnStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsSignOnStep_OnPremisesCredentials() {
		return (EAttribute)windowsSignOnStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDesktopStep() {
		return desktopStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomStep() {
		return customStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomStep_ExtensionTypeId() {
		return (EAttribute)customStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransition() {
		return transitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_Source() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_Target() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTransition_Guard() {
		return (EReference)transitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCondition() {
		return conditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFactCondition() {
		return factConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFactCondition_Fact() {
		return (EAttribute)factConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFactCondition_Holds() {
		return (EAttribute)factConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectivityCondition() {
		return connectivityConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectivityCondition_Connectivity() {
		return (EAttribute)connectivityConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWindowsVersionCondition() {
		return windowsVersionConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWindowsVersionCondition_Version() {
		return (EAttribute)windowsVersionConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScreenHiddenCondition() {
		return screenHiddenConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreenHiddenCondition_Screen() {
		return (EAttribute)screenHiddenConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepOutcomeCondition() {
		return stepOutcomeConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepOutcomeCondition_Outcome() {
		return (EAttribute)stepOutcomeConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNotCondition() {
		return notConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNotCondition_Operand() {
		return (EReference)notConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllOfCondition() {
		return allOfConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllOfCondition_Operands() {
		return (EReference)allOfConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnyOfCondition() {
		return anyOfConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnyOfCondition_Operands() {
		return (EReference)anyOfConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtensionCondition() {
		return extensionConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionCondition_TypeId() {
		return (EAttribute)extensionConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtensionCondition_Parameters() {
		return (EReference)extensionConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionParameter() {
		return conditionParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionParameter_Key() {
		return (EAttribute)conditionParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionParameter_Value() {
		return (EAttribute)conditionParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOtherwiseCondition() {
		return otherwiseConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Flow() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Device() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_WindowsVersion() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Connectivity() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_UserPresent() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_MfaPrompted() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_TechnicianFlowDone() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_TechnicianFlowCompleted() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_RunStarts() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_InjectedFailures() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_FailurePageChoices() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInjectedFailure() {
		return injectedFailureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInjectedFailure_Kind() {
		return (EAttribute)injectedFailureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInjectedFailure_TrackedItem() {
		return (EReference)injectedFailureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssignmentIntent() {
		return assignmentIntentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeploymentMode() {
		return deploymentModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJoinType() {
		return joinTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreenVisibility() {
		return screenVisibilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUserAccountType() {
		return userAccountTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLanguageRegion() {
		return languageRegionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAutopilotDeviceType() {
		return autopilotDeviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreenKind() {
		return screenKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBlockingAppSelection() {
		return blockingAppSelectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEspPhaseKind() {
		return espPhaseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSimulatedOutcome() {
		return simulatedOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPreparationTaskKind() {
		return preparationTaskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetworkProfileKind() {
		return networkProfileKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAppType() {
		return appTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstallContext() {
		return installContextEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWindowsVersion() {
		return windowsVersionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectivity() {
		return connectivityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGroupKind() {
		return groupKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFlowKind() {
		return flowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScenarioFact() {
		return scenarioFactEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepOutcome() {
		return stepOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailurePageChoice() {
		return failurePageChoiceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureKind() {
		return failureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowpilotFactory getFlowpilotFactory() {
		return (FlowpilotFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		autopilotModelEClass = createEClass(AUTOPILOT_MODEL);
		createEAttribute(autopilotModelEClass, AUTOPILOT_MODEL__ORGANIZATION_NAME);
		createEAttribute(autopilotModelEClass, AUTOPILOT_MODEL__TENANT_ID);
		createEAttribute(autopilotModelEClass, AUTOPILOT_MODEL__TENANT_DOMAIN);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__PROFILES);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__USERS);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__DEVICES);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__GROUPS);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__FLOWS);
		createEReference(autopilotModelEClass, AUTOPILOT_MODEL__SCENARIOS);

		assignableConfigurationEClass = createEClass(ASSIGNABLE_CONFIGURATION);
		createEReference(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__ASSIGNMENTS);
		createEAttribute(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__GRAPH_ID);
		createEAttribute(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME);
		createEAttribute(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME);
		createEAttribute(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS);
		createEReference(assignableConfigurationEClass, ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES);

		jsonPropertyEClass = createEClass(JSON_PROPERTY);
		createEAttribute(jsonPropertyEClass, JSON_PROPERTY__KEY);
		createEAttribute(jsonPropertyEClass, JSON_PROPERTY__VALUE);

		assignmentEClass = createEClass(ASSIGNMENT);
		createEReference(assignmentEClass, ASSIGNMENT__GROUP);
		createEAttribute(assignmentEClass, ASSIGNMENT__INTENT);

		deploymentProfileEClass = createEClass(DEPLOYMENT_PROFILE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__DEVICE_TYPE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__DEPLOYMENT_MODE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__JOIN_TYPE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__PRIVACY_SETTINGS);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__LANGUAGE_REGION);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__LOCALE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__CREATED);
		createEReference(deploymentProfileEClass, DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES);
		createEAttribute(deploymentProfileEClass, DEPLOYMENT_PROFILE__HIDDEN_SCREENS);

		enrollmentStatusPageEClass = createEClass(ENROLLMENT_STATUS_PAGE);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__PRIORITY);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__BLOCKING_APPS);
		createEReference(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS);
		createEAttribute(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE);
		createEReference(enrollmentStatusPageEClass, ENROLLMENT_STATUS_PAGE__PHASES);

		espPhaseEClass = createEClass(ESP_PHASE);
		createEAttribute(espPhaseEClass, ESP_PHASE__KIND);
		createEReference(espPhaseEClass, ESP_PHASE__TRACKED_ITEMS);

		trackedItemEClass = createEClass(TRACKED_ITEM);
		createEAttribute(trackedItemEClass, TRACKED_ITEM__ESTIMATED_MINUTES);
		createEAttribute(trackedItemEClass, TRACKED_ITEM__SIMULATED_OUTCOME);

		preparationTaskEClass = createEClass(PREPARATION_TASK);
		createEAttribute(preparationTaskEClass, PREPARATION_TASK__KIND);

		securityPolicyEClass = createEClass(SECURITY_POLICY);

		certificateEClass = createEClass(CERTIFICATE);

		networkProfileEClass = createEClass(NETWORK_PROFILE);
		createEAttribute(networkProfileEClass, NETWORK_PROFILE__KIND);

		appEClass = createEClass(APP);
		createEAttribute(appEClass, APP__APP_TYPE);
		createEAttribute(appEClass, APP__INSTALL_CONTEXT);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__USER_PRINCIPAL_NAME);
		createEAttribute(userEClass, USER__DISPLAY_NAME);
		createEAttribute(userEClass, USER__MFA_REQUIRED);
		createEAttribute(userEClass, USER__ON_PREMISES_ACCOUNT);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__SERIAL_NUMBER);
		createEAttribute(deviceEClass, DEVICE__WINDOWS_PRODUCT_ID);
		createEAttribute(deviceEClass, DEVICE__HARDWARE_HASH);
		createEAttribute(deviceEClass, DEVICE__GROUP_TAG);
		createEReference(deviceEClass, DEVICE__ASSIGNED_USER);
		createEAttribute(deviceEClass, DEVICE__USER_FRIENDLY_NAME);
		createEAttribute(deviceEClass, DEVICE__MANUFACTURER);
		createEAttribute(deviceEClass, DEVICE__MODEL);
		createEAttribute(deviceEClass, DEVICE__WINDOWS_VERSION);
		createEAttribute(deviceEClass, DEVICE__TPM20);
		createEAttribute(deviceEClass, DEVICE__VIRTUAL_MACHINE);
		createEAttribute(deviceEClass, DEVICE__CONNECTIVITY);
		createEAttribute(deviceEClass, DEVICE__DOMAIN_CONTROLLER_OVER_VPN);

		groupEClass = createEClass(GROUP);
		createEAttribute(groupEClass, GROUP__KIND);
		createEReference(groupEClass, GROUP__DEVICES);
		createEReference(groupEClass, GROUP__USERS);
		createEAttribute(groupEClass, GROUP__GROUP_TAG);

		flowEClass = createEClass(FLOW);
		createEAttribute(flowEClass, FLOW__KIND);
		createEReference(flowEClass, FLOW__START);
		createEReference(flowEClass, FLOW__STEPS);
		createEReference(flowEClass, FLOW__TRANSITIONS);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__SOURCE_DOCUMENT);
		createEReference(stepEClass, STEP__OUTGOING);
		createEReference(stepEClass, STEP__INCOMING);

		powerOnStepEClass = createEClass(POWER_ON_STEP);

		networkCheckStepEClass = createEClass(NETWORK_CHECK_STEP);

		screenStepEClass = createEClass(SCREEN_STEP);
		createEAttribute(screenStepEClass, SCREEN_STEP__SCREEN);
		createEAttribute(screenStepEClass, SCREEN_STEP__SHOWN_BEFORE_PROFILE_DOWNLOAD);

		signInStepEClass = createEClass(SIGN_IN_STEP);

		mfaStepEClass = createEClass(MFA_STEP);

		espPhaseStepEClass = createEClass(ESP_PHASE_STEP);
		createEAttribute(espPhaseStepEClass, ESP_PHASE_STEP__PHASE);

		rebootStepEClass = createEClass(REBOOT_STEP);

		provisioningMenuStepEClass = createEClass(PROVISIONING_MENU_STEP);

		resealStepEClass = createEClass(RESEAL_STEP);

		windowsSignOnStepEClass = createEClass(WINDOWS_SIGN_ON_STEP);
		createEAttribute(windowsSignOnStepEClass, WINDOWS_SIGN_ON_STEP__ON_PREMISES_CREDENTIALS);

		desktopStepEClass = createEClass(DESKTOP_STEP);

		customStepEClass = createEClass(CUSTOM_STEP);
		createEAttribute(customStepEClass, CUSTOM_STEP__EXTENSION_TYPE_ID);

		transitionEClass = createEClass(TRANSITION);
		createEReference(transitionEClass, TRANSITION__SOURCE);
		createEReference(transitionEClass, TRANSITION__TARGET);
		createEReference(transitionEClass, TRANSITION__GUARD);

		conditionEClass = createEClass(CONDITION);

		factConditionEClass = createEClass(FACT_CONDITION);
		createEAttribute(factConditionEClass, FACT_CONDITION__FACT);
		createEAttribute(factConditionEClass, FACT_CONDITION__HOLDS);

		connectivityConditionEClass = createEClass(CONNECTIVITY_CONDITION);
		createEAttribute(connectivityConditionEClass, CONNECTIVITY_CONDITION__CONNECTIVITY);

		windowsVersionConditionEClass = createEClass(WINDOWS_VERSION_CONDITION);
		createEAttribute(windowsVersionConditionEClass, WINDOWS_VERSION_CONDITION__VERSION);

		screenHiddenConditionEClass = createEClass(SCREEN_HIDDEN_CONDITION);
		createEAttribute(screenHiddenConditionEClass, SCREEN_HIDDEN_CONDITION__SCREEN);

		stepOutcomeConditionEClass = createEClass(STEP_OUTCOME_CONDITION);
		createEAttribute(stepOutcomeConditionEClass, STEP_OUTCOME_CONDITION__OUTCOME);

		notConditionEClass = createEClass(NOT_CONDITION);
		createEReference(notConditionEClass, NOT_CONDITION__OPERAND);

		allOfConditionEClass = createEClass(ALL_OF_CONDITION);
		createEReference(allOfConditionEClass, ALL_OF_CONDITION__OPERANDS);

		anyOfConditionEClass = createEClass(ANY_OF_CONDITION);
		createEReference(anyOfConditionEClass, ANY_OF_CONDITION__OPERANDS);

		extensionConditionEClass = createEClass(EXTENSION_CONDITION);
		createEAttribute(extensionConditionEClass, EXTENSION_CONDITION__TYPE_ID);
		createEReference(extensionConditionEClass, EXTENSION_CONDITION__PARAMETERS);

		conditionParameterEClass = createEClass(CONDITION_PARAMETER);
		createEAttribute(conditionParameterEClass, CONDITION_PARAMETER__KEY);
		createEAttribute(conditionParameterEClass, CONDITION_PARAMETER__VALUE);

		otherwiseConditionEClass = createEClass(OTHERWISE_CONDITION);

		scenarioEClass = createEClass(SCENARIO);
		createEReference(scenarioEClass, SCENARIO__FLOW);
		createEReference(scenarioEClass, SCENARIO__DEVICE);
		createEAttribute(scenarioEClass, SCENARIO__WINDOWS_VERSION);
		createEAttribute(scenarioEClass, SCENARIO__CONNECTIVITY);
		createEAttribute(scenarioEClass, SCENARIO__USER_PRESENT);
		createEAttribute(scenarioEClass, SCENARIO__MFA_PROMPTED);
		createEAttribute(scenarioEClass, SCENARIO__TECHNICIAN_FLOW_DONE);
		createEAttribute(scenarioEClass, SCENARIO__TECHNICIAN_FLOW_COMPLETED);
		createEAttribute(scenarioEClass, SCENARIO__RUN_STARTS);
		createEReference(scenarioEClass, SCENARIO__INJECTED_FAILURES);
		createEAttribute(scenarioEClass, SCENARIO__FAILURE_PAGE_CHOICES);

		injectedFailureEClass = createEClass(INJECTED_FAILURE);
		createEAttribute(injectedFailureEClass, INJECTED_FAILURE__KIND);
		createEReference(injectedFailureEClass, INJECTED_FAILURE__TRACKED_ITEM);

		// Create enums
		assignmentIntentEEnum = createEEnum(ASSIGNMENT_INTENT);
		deploymentModeEEnum = createEEnum(DEPLOYMENT_MODE);
		joinTypeEEnum = createEEnum(JOIN_TYPE);
		screenVisibilityEEnum = createEEnum(SCREEN_VISIBILITY);
		userAccountTypeEEnum = createEEnum(USER_ACCOUNT_TYPE);
		languageRegionEEnum = createEEnum(LANGUAGE_REGION);
		autopilotDeviceTypeEEnum = createEEnum(AUTOPILOT_DEVICE_TYPE);
		screenKindEEnum = createEEnum(SCREEN_KIND);
		blockingAppSelectionEEnum = createEEnum(BLOCKING_APP_SELECTION);
		espPhaseKindEEnum = createEEnum(ESP_PHASE_KIND);
		simulatedOutcomeEEnum = createEEnum(SIMULATED_OUTCOME);
		preparationTaskKindEEnum = createEEnum(PREPARATION_TASK_KIND);
		networkProfileKindEEnum = createEEnum(NETWORK_PROFILE_KIND);
		appTypeEEnum = createEEnum(APP_TYPE);
		installContextEEnum = createEEnum(INSTALL_CONTEXT);
		windowsVersionEEnum = createEEnum(WINDOWS_VERSION);
		connectivityEEnum = createEEnum(CONNECTIVITY);
		groupKindEEnum = createEEnum(GROUP_KIND);
		flowKindEEnum = createEEnum(FLOW_KIND);
		scenarioFactEEnum = createEEnum(SCENARIO_FACT);
		stepOutcomeEEnum = createEEnum(STEP_OUTCOME);
		failurePageChoiceEEnum = createEEnum(FAILURE_PAGE_CHOICE);
		failureKindEEnum = createEEnum(FAILURE_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		autopilotModelEClass.getESuperTypes().add(this.getNamedElement());
		assignableConfigurationEClass.getESuperTypes().add(this.getNamedElement());
		deploymentProfileEClass.getESuperTypes().add(this.getAssignableConfiguration());
		enrollmentStatusPageEClass.getESuperTypes().add(this.getAssignableConfiguration());
		trackedItemEClass.getESuperTypes().add(this.getNamedElement());
		preparationTaskEClass.getESuperTypes().add(this.getTrackedItem());
		securityPolicyEClass.getESuperTypes().add(this.getTrackedItem());
		certificateEClass.getESuperTypes().add(this.getTrackedItem());
		networkProfileEClass.getESuperTypes().add(this.getTrackedItem());
		appEClass.getESuperTypes().add(this.getTrackedItem());
		userEClass.getESuperTypes().add(this.getNamedElement());
		deviceEClass.getESuperTypes().add(this.getNamedElement());
		groupEClass.getESuperTypes().add(this.getNamedElement());
		flowEClass.getESuperTypes().add(this.getNamedElement());
		stepEClass.getESuperTypes().add(this.getNamedElement());
		powerOnStepEClass.getESuperTypes().add(this.getStep());
		networkCheckStepEClass.getESuperTypes().add(this.getStep());
		screenStepEClass.getESuperTypes().add(this.getStep());
		signInStepEClass.getESuperTypes().add(this.getStep());
		mfaStepEClass.getESuperTypes().add(this.getStep());
		espPhaseStepEClass.getESuperTypes().add(this.getStep());
		rebootStepEClass.getESuperTypes().add(this.getStep());
		provisioningMenuStepEClass.getESuperTypes().add(this.getStep());
		resealStepEClass.getESuperTypes().add(this.getStep());
		windowsSignOnStepEClass.getESuperTypes().add(this.getStep());
		desktopStepEClass.getESuperTypes().add(this.getStep());
		customStepEClass.getESuperTypes().add(this.getStep());
		factConditionEClass.getESuperTypes().add(this.getCondition());
		connectivityConditionEClass.getESuperTypes().add(this.getCondition());
		windowsVersionConditionEClass.getESuperTypes().add(this.getCondition());
		screenHiddenConditionEClass.getESuperTypes().add(this.getCondition());
		stepOutcomeConditionEClass.getESuperTypes().add(this.getCondition());
		notConditionEClass.getESuperTypes().add(this.getCondition());
		allOfConditionEClass.getESuperTypes().add(this.getCondition());
		anyOfConditionEClass.getESuperTypes().add(this.getCondition());
		extensionConditionEClass.getESuperTypes().add(this.getCondition());
		otherwiseConditionEClass.getESuperTypes().add(this.getCondition());
		scenarioEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(autopilotModelEClass, AutopilotModel.class, "AutopilotModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAutopilotModel_OrganizationName(), ecorePackage.getEString(), "organizationName", null, 0, 1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutopilotModel_TenantId(), ecorePackage.getEString(), "tenantId", null, 0, 1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutopilotModel_TenantDomain(), ecorePackage.getEString(), "tenantDomain", null, 0, 1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Profiles(), this.getDeploymentProfile(), null, "profiles", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_EnrollmentStatusPages(), this.getEnrollmentStatusPage(), null, "enrollmentStatusPages", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Users(), this.getUser(), null, "users", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Devices(), this.getDevice(), null, "devices", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Groups(), this.getGroup(), null, "groups", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Flows(), this.getFlow(), null, "flows", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutopilotModel_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, AutopilotModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assignableConfigurationEClass, AssignableConfiguration.class, "AssignableConfiguration", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssignableConfiguration_Assignments(), this.getAssignment(), null, "assignments", null, 0, -1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignableConfiguration_GraphId(), ecorePackage.getEString(), "graphId", null, 0, 1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignableConfiguration_CreatedDateTime(), ecorePackage.getEString(), "createdDateTime", null, 0, 1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignableConfiguration_LastModifiedDateTime(), ecorePackage.getEString(), "lastModifiedDateTime", null, 0, 1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignableConfiguration_RoleScopeTagIds(), ecorePackage.getEString(), "roleScopeTagIds", null, 0, -1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignableConfiguration_GraphProperties(), this.getJsonProperty(), null, "graphProperties", null, 0, -1, AssignableConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jsonPropertyEClass, Map.Entry.class, "JsonProperty", !IS_ABSTRACT, !IS_INTERFACE, !IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJsonProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assignmentEClass, Assignment.class, "Assignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssignment_Group(), this.getGroup(), null, "group", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Intent(), this.getAssignmentIntent(), "intent", "included", 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deploymentProfileEClass, DeploymentProfile.class, "DeploymentProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeploymentProfile_ConvertAllTargetedDevices(), ecorePackage.getEBoolean(), "convertAllTargetedDevices", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_DeviceType(), this.getAutopilotDeviceType(), "deviceType", "windowsPc", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_DeploymentMode(), this.getDeploymentMode(), "deploymentMode", "userDriven", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_JoinType(), this.getJoinType(), "joinType", "entraJoined", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_SkipADConnectivityCheck(), ecorePackage.getEBoolean(), "skipADConnectivityCheck", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_MicrosoftSoftwareLicenseTerms(), this.getScreenVisibility(), "microsoftSoftwareLicenseTerms", "show", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_PrivacySettings(), this.getScreenVisibility(), "privacySettings", "show", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_HideChangeAccountOptions(), this.getScreenVisibility(), "hideChangeAccountOptions", "show", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_UserAccountType(), this.getUserAccountType(), "userAccountType", "administrator", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_AllowPreProvisionedDeployment(), ecorePackage.getEBoolean(), "allowPreProvisionedDeployment", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_LanguageRegion(), this.getLanguageRegion(), "languageRegion", "operatingSystemDefault", 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_Locale(), ecorePackage.getEString(), "locale", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_AutomaticallyConfigureKeyboard(), ecorePackage.getEBoolean(), "automaticallyConfigureKeyboard", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_ApplyDeviceNameTemplate(), ecorePackage.getEBoolean(), "applyDeviceNameTemplate", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_DeviceNameTemplate(), ecorePackage.getEString(), "deviceNameTemplate", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_Created(), ecorePackage.getEDate(), "created", null, 0, 1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeploymentProfile_OfflineConfigProperties(), this.getJsonProperty(), null, "offlineConfigProperties", null, 0, -1, DeploymentProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeploymentProfile_HiddenScreens(), this.getScreenKind(), "hiddenScreens", null, 0, -1, DeploymentProfile.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(enrollmentStatusPageEClass, EnrollmentStatusPage.class, "EnrollmentStatusPage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnrollmentStatusPage_Priority(), ecorePackage.getEInt(), "priority", "1", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_ShowAppAndProfileConfigurationProgress(), ecorePackage.getEBoolean(), "showAppAndProfileConfigurationProgress", "true", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_InstallationTimeoutMinutes(), ecorePackage.getEInt(), "installationTimeoutMinutes", "60", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_ShowCustomMessage(), ecorePackage.getEBoolean(), "showCustomMessage", null, 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_CustomMessage(), ecorePackage.getEString(), "customMessage", "Setup could not be completed. Please try again or contact your support person for help.", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_TurnOnLogCollectionAndDiagnostics(), ecorePackage.getEBoolean(), "turnOnLogCollectionAndDiagnostics", null, 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_OnlyShowPageToDevicesProvisionedByOobe(), ecorePackage.getEBoolean(), "onlyShowPageToDevicesProvisionedByOobe", "true", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_InstallWindowsQualityUpdates(), ecorePackage.getEBoolean(), "installWindowsQualityUpdates", "true", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_BlockDeviceUseUntilAllAppsAndProfilesInstalled(), ecorePackage.getEBoolean(), "blockDeviceUseUntilAllAppsAndProfilesInstalled", "true", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_AllowResetOnInstallationError(), ecorePackage.getEBoolean(), "allowResetOnInstallationError", null, 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_AllowUseOnInstallationError(), ecorePackage.getEBoolean(), "allowUseOnInstallationError", null, 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_BlockingApps(), this.getBlockingAppSelection(), "blockingApps", "all", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnrollmentStatusPage_SelectedBlockingApps(), this.getApp(), null, "selectedBlockingApps", null, 0, -1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnrollmentStatusPage_OnlyFailSelectedBlockingAppsInTechnicianPhase(), ecorePackage.getEBoolean(), "onlyFailSelectedBlockingAppsInTechnicianPhase", "true", 0, 1, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnrollmentStatusPage_Phases(), this.getEspPhase(), null, "phases", null, 0, 3, EnrollmentStatusPage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(espPhaseEClass, EspPhase.class, "EspPhase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEspPhase_Kind(), this.getEspPhaseKind(), "kind", null, 0, 1, EspPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEspPhase_TrackedItems(), this.getTrackedItem(), null, "trackedItems", null, 0, -1, EspPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trackedItemEClass, TrackedItem.class, "TrackedItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrackedItem_EstimatedMinutes(), ecorePackage.getEInt(), "estimatedMinutes", "1", 0, 1, TrackedItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrackedItem_SimulatedOutcome(), this.getSimulatedOutcome(), "simulatedOutcome", "succeeds", 0, 1, TrackedItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(preparationTaskEClass, PreparationTask.class, "PreparationTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPreparationTask_Kind(), this.getPreparationTaskKind(), "kind", null, 0, 1, PreparationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(securityPolicyEClass, SecurityPolicy.class, "SecurityPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(certificateEClass, Certificate.class, "Certificate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(networkProfileEClass, NetworkProfile.class, "NetworkProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkProfile_Kind(), this.getNetworkProfileKind(), "kind", null, 0, 1, NetworkProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(appEClass, App.class, "App", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApp_AppType(), this.getAppType(), "appType", null, 0, 1, App.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApp_InstallContext(), this.getInstallContext(), "installContext", null, 0, 1, App.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUser_UserPrincipalName(), ecorePackage.getEString(), "userPrincipalName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_MfaRequired(), ecorePackage.getEBoolean(), "mfaRequired", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_OnPremisesAccount(), ecorePackage.getEString(), "onPremisesAccount", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_WindowsProductId(), ecorePackage.getEString(), "windowsProductId", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_HardwareHash(), ecorePackage.getEString(), "hardwareHash", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_GroupTag(), ecorePackage.getEString(), "groupTag", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_AssignedUser(), this.getUser(), null, "assignedUser", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_UserFriendlyName(), ecorePackage.getEString(), "userFriendlyName", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Model(), ecorePackage.getEString(), "model", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_WindowsVersion(), this.getWindowsVersion(), "windowsVersion", "windows11", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Tpm20(), ecorePackage.getEBoolean(), "tpm20", "true", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_VirtualMachine(), ecorePackage.getEBoolean(), "virtualMachine", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Connectivity(), this.getConnectivity(), "connectivity", "ethernet", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_DomainControllerOverVpn(), ecorePackage.getEBoolean(), "domainControllerOverVpn", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupEClass, Group.class, "Group", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroup_Kind(), this.getGroupKind(), "kind", null, 0, 1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroup_Devices(), this.getDevice(), null, "devices", null, 0, -1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroup_Users(), this.getUser(), null, "users", null, 0, -1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroup_GroupTag(), ecorePackage.getEString(), "groupTag", null, 0, 1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowEClass, Flow.class, "Flow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlow_Kind(), this.getFlowKind(), "kind", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Start(), this.getStep(), null, "start", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Steps(), this.getStep(), null, "steps", null, 0, -1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Transitions(), this.getTransition(), null, "transitions", null, 0, -1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_SourceDocument(), ecorePackage.getEString(), "sourceDocument", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Outgoing(), this.getTransition(), this.getTransition_Source(), "outgoing", null, 0, -1, Step.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Incoming(), this.getTransition(), this.getTransition_Target(), "incoming", null, 0, -1, Step.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(powerOnStepEClass, PowerOnStep.class, "PowerOnStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(networkCheckStepEClass, NetworkCheckStep.class, "NetworkCheckStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(screenStepEClass, ScreenStep.class, "ScreenStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScreenStep_Screen(), this.getScreenKind(), "screen", null, 0, 1, ScreenStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreenStep_ShownBeforeProfileDownload(), ecorePackage.getEBoolean(), "shownBeforeProfileDownload", null, 0, 1, ScreenStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signInStepEClass, SignInStep.class, "SignInStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(mfaStepEClass, MfaStep.class, "MfaStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(espPhaseStepEClass, EspPhaseStep.class, "EspPhaseStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEspPhaseStep_Phase(), this.getEspPhaseKind(), "phase", null, 0, 1, EspPhaseStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rebootStepEClass, RebootStep.class, "RebootStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(provisioningMenuStepEClass, ProvisioningMenuStep.class, "ProvisioningMenuStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(resealStepEClass, ResealStep.class, "ResealStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(windowsSignOnStepEClass, WindowsSignOnStep.class, "WindowsSignOnStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWindowsSignOnStep_OnPremisesCredentials(), ecorePackage.getEBoolean(), "onPremisesCredentials", null, 0, 1, WindowsSignOnStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(desktopStepEClass, DesktopStep.class, "DesktopStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(customStepEClass, CustomStep.class, "CustomStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomStep_ExtensionTypeId(), ecorePackage.getEString(), "extensionTypeId", null, 0, 1, CustomStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transitionEClass, Transition.class, "Transition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTransition_Source(), this.getStep(), this.getStep_Outgoing(), "source", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTransition_Target(), this.getStep(), this.getStep_Incoming(), "target", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTransition_Guard(), this.getCondition(), null, "guard", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionEClass, Condition.class, "Condition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(factConditionEClass, FactCondition.class, "FactCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFactCondition_Fact(), this.getScenarioFact(), "fact", null, 0, 1, FactCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFactCondition_Holds(), ecorePackage.getEBoolean(), "holds", "true", 0, 1, FactCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectivityConditionEClass, ConnectivityCondition.class, "ConnectivityCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectivityCondition_Connectivity(), this.getConnectivity(), "connectivity", null, 0, 1, ConnectivityCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(windowsVersionConditionEClass, WindowsVersionCondition.class, "WindowsVersionCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWindowsVersionCondition_Version(), this.getWindowsVersion(), "version", null, 0, 1, WindowsVersionCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(screenHiddenConditionEClass, ScreenHiddenCondition.class, "ScreenHiddenCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScreenHiddenCondition_Screen(), this.getScreenKind(), "screen", null, 0, 1, ScreenHiddenCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepOutcomeConditionEClass, StepOutcomeCondition.class, "StepOutcomeCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepOutcomeCondition_Outcome(), this.getStepOutcome(), "outcome", null, 0, 1, StepOutcomeCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(notConditionEClass, NotCondition.class, "NotCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNotCondition_Operand(), this.getCondition(), null, "operand", null, 0, 1, NotCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(allOfConditionEClass, AllOfCondition.class, "AllOfCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAllOfCondition_Operands(), this.getCondition(), null, "operands", null, 0, -1, AllOfCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anyOfConditionEClass, AnyOfCondition.class, "AnyOfCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnyOfCondition_Operands(), this.getCondition(), null, "operands", null, 0, -1, AnyOfCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extensionConditionEClass, ExtensionCondition.class, "ExtensionCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExtensionCondition_TypeId(), ecorePackage.getEString(), "typeId", null, 0, 1, ExtensionCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtensionCondition_Parameters(), this.getConditionParameter(), null, "parameters", null, 0, -1, ExtensionCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionParameterEClass, Map.Entry.class, "ConditionParameter", !IS_ABSTRACT, !IS_INTERFACE, !IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConditionParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(otherwiseConditionEClass, OtherwiseCondition.class, "OtherwiseCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenario_Flow(), this.getFlow(), null, "flow", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Device(), this.getDevice(), null, "device", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_WindowsVersion(), this.getWindowsVersion(), "windowsVersion", "windows11", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Connectivity(), this.getConnectivity(), "connectivity", "ethernet", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_UserPresent(), ecorePackage.getEBoolean(), "userPresent", "true", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_MfaPrompted(), ecorePackage.getEBoolean(), "mfaPrompted", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_TechnicianFlowDone(), ecorePackage.getEBoolean(), "technicianFlowDone", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_TechnicianFlowCompleted(), ecorePackage.getEDate(), "technicianFlowCompleted", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_RunStarts(), ecorePackage.getEDate(), "runStarts", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_InjectedFailures(), this.getInjectedFailure(), null, "injectedFailures", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_FailurePageChoices(), this.getFailurePageChoice(), "failurePageChoices", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(injectedFailureEClass, InjectedFailure.class, "InjectedFailure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInjectedFailure_Kind(), this.getFailureKind(), "kind", null, 0, 1, InjectedFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInjectedFailure_TrackedItem(), this.getTrackedItem(), null, "trackedItem", null, 0, 1, InjectedFailure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(assignmentIntentEEnum, AssignmentIntent.class, "AssignmentIntent");
		addEEnumLiteral(assignmentIntentEEnum, AssignmentIntent.INCLUDED);
		addEEnumLiteral(assignmentIntentEEnum, AssignmentIntent.EXCLUDED);

		initEEnum(deploymentModeEEnum, DeploymentMode.class, "DeploymentMode");
		addEEnumLiteral(deploymentModeEEnum, DeploymentMode.USER_DRIVEN);
		addEEnumLiteral(deploymentModeEEnum, DeploymentMode.SELF_DEPLOYING);

		initEEnum(joinTypeEEnum, JoinType.class, "JoinType");
		addEEnumLiteral(joinTypeEEnum, JoinType.ENTRA_JOINED);
		addEEnumLiteral(joinTypeEEnum, JoinType.ENTRA_HYBRID_JOINED);

		initEEnum(screenVisibilityEEnum, ScreenVisibility.class, "ScreenVisibility");
		addEEnumLiteral(screenVisibilityEEnum, ScreenVisibility.SHOW);
		addEEnumLiteral(screenVisibilityEEnum, ScreenVisibility.HIDE);

		initEEnum(userAccountTypeEEnum, UserAccountType.class, "UserAccountType");
		addEEnumLiteral(userAccountTypeEEnum, UserAccountType.ADMINISTRATOR);
		addEEnumLiteral(userAccountTypeEEnum, UserAccountType.STANDARD);

		initEEnum(languageRegionEEnum, LanguageRegion.class, "LanguageRegion");
		addEEnumLiteral(languageRegionEEnum, LanguageRegion.OPERATING_SYSTEM_DEFAULT);
		addEEnumLiteral(languageRegionEEnum, LanguageRegion.USER_SELECT);
		addEEnumLiteral(languageRegionEEnum, LanguageRegion.SPECIFIC_LOCALE);

		initEEnum(autopilotDeviceTypeEEnum, AutopilotDeviceType.class, "AutopilotDeviceType");
		addEEnumLiteral(autopilotDeviceTypeEEnum, AutopilotDeviceType.WINDOWS_PC);
		addEEnumLiteral(autopilotDeviceTypeEEnum, AutopilotDeviceType.HOLO_LENS);
		addEEnumLiteral(autopilotDeviceTypeEEnum, AutopilotDeviceType.SURFACE_HUB2);
		addEEnumLiteral(autopilotDeviceTypeEEnum, AutopilotDeviceType.SURFACE_HUB2_S);

		initEEnum(screenKindEEnum, ScreenKind.class, "ScreenKind");
		addEEnumLiteral(screenKindEEnum, ScreenKind.LANGUAGE_REGION);
		addEEnumLiteral(screenKindEEnum, ScreenKind.KEYBOARD);
		addEEnumLiteral(screenKindEEnum, ScreenKind.ADDITIONAL_KEYBOARD);
		addEEnumLiteral(screenKindEEnum, ScreenKind.NETWORK_CONNECTION);
		addEEnumLiteral(screenKindEEnum, ScreenKind.LICENSE_TERMS);
		addEEnumLiteral(screenKindEEnum, ScreenKind.PRIVACY);
		addEEnumLiteral(screenKindEEnum, ScreenKind.CHANGE_ACCOUNT_OPTIONS);
		addEEnumLiteral(screenKindEEnum, ScreenKind.PROVISIONING_MENU);
		addEEnumLiteral(screenKindEEnum, ScreenKind.PRE_PROVISION_WITH_AUTOPILOT);
		addEEnumLiteral(screenKindEEnum, ScreenKind.PRE_PROVISIONING_RESULT);
		addEEnumLiteral(screenKindEEnum, ScreenKind.STAY_SIGNED_IN);
		addEEnumLiteral(screenKindEEnum, ScreenKind.ALL_SET);

		initEEnum(blockingAppSelectionEEnum, BlockingAppSelection.class, "BlockingAppSelection");
		addEEnumLiteral(blockingAppSelectionEEnum, BlockingAppSelection.ALL);
		addEEnumLiteral(blockingAppSelectionEEnum, BlockingAppSelection.SELECTED);

		initEEnum(espPhaseKindEEnum, EspPhaseKind.class, "EspPhaseKind");
		addEEnumLiteral(espPhaseKindEEnum, EspPhaseKind.DEVICE_PREPARATION);
		addEEnumLiteral(espPhaseKindEEnum, EspPhaseKind.DEVICE_SETUP);
		addEEnumLiteral(espPhaseKindEEnum, EspPhaseKind.ACCOUNT_SETUP);

		initEEnum(simulatedOutcomeEEnum, SimulatedOutcome.class, "SimulatedOutcome");
		addEEnumLiteral(simulatedOutcomeEEnum, SimulatedOutcome.SUCCEEDS);
		addEEnumLiteral(simulatedOutcomeEEnum, SimulatedOutcome.FAILS);
		addEEnumLiteral(simulatedOutcomeEEnum, SimulatedOutcome.HANGS);

		initEEnum(preparationTaskKindEEnum, PreparationTaskKind.class, "PreparationTaskKind");
		addEEnumLiteral(preparationTaskKindEEnum, PreparationTaskKind.SECURE_YOUR_HARDWARE);
		addEEnumLiteral(preparationTaskKindEEnum, PreparationTaskKind.JOIN_YOUR_ORGANIZATIONS_NETWORK);
		addEEnumLiteral(preparationTaskKindEEnum, PreparationTaskKind.REGISTER_FOR_MOBILE_MANAGEMENT);

		initEEnum(networkProfileKindEEnum, NetworkProfileKind.class, "NetworkProfileKind");
		addEEnumLiteral(networkProfileKindEEnum, NetworkProfileKind.WIFI);
		addEEnumLiteral(networkProfileKindEEnum, NetworkProfileKind.VPN);

		initEEnum(appTypeEEnum, AppType.class, "AppType");
		addEEnumLiteral(appTypeEEnum, AppType.WIN32);
		addEEnumLiteral(appTypeEEnum, AppType.LINE_OF_BUSINESS);
		addEEnumLiteral(appTypeEEnum, AppType.MICROSOFT_STORE);

		initEEnum(installContextEEnum, InstallContext.class, "InstallContext");
		addEEnumLiteral(installContextEEnum, InstallContext.DEVICE);
		addEEnumLiteral(installContextEEnum, InstallContext.USER);

		initEEnum(windowsVersionEEnum, WindowsVersion.class, "WindowsVersion");
		addEEnumLiteral(windowsVersionEEnum, WindowsVersion.WINDOWS10);
		addEEnumLiteral(windowsVersionEEnum, WindowsVersion.WINDOWS11);

		initEEnum(connectivityEEnum, Connectivity.class, "Connectivity");
		addEEnumLiteral(connectivityEEnum, Connectivity.ETHERNET);
		addEEnumLiteral(connectivityEEnum, Connectivity.WIFI);
		addEEnumLiteral(connectivityEEnum, Connectivity.NONE);

		initEEnum(groupKindEEnum, GroupKind.class, "GroupKind");
		addEEnumLiteral(groupKindEEnum, GroupKind.DEVICE_GROUP);
		addEEnumLiteral(groupKindEEnum, GroupKind.USER_GROUP);

		initEEnum(flowKindEEnum, FlowKind.class, "FlowKind");
		addEEnumLiteral(flowKindEEnum, FlowKind.USER_DRIVEN_ENTRA_JOIN);
		addEEnumLiteral(flowKindEEnum, FlowKind.USER_DRIVEN_HYBRID_JOIN);
		addEEnumLiteral(flowKindEEnum, FlowKind.PRE_PROVISIONING_TECHNICIAN);
		addEEnumLiteral(flowKindEEnum, FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN);
		addEEnumLiteral(flowKindEEnum, FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN);
		addEEnumLiteral(flowKindEEnum, FlowKind.SELF_DEPLOYING);
		addEEnumLiteral(flowKindEEnum, FlowKind.CUSTOM);

		initEEnum(scenarioFactEEnum, ScenarioFact.class, "ScenarioFact");
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.USER_ASSIGNED);
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.USER_PRESENT);
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.MFA_REQUIRED);
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.TECHNICIAN_FLOW_DONE);
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.CRITICAL_UPDATE_AVAILABLE);
		addEEnumLiteral(scenarioFactEEnum, ScenarioFact.PROFILE_DOWNLOADED);

		initEEnum(stepOutcomeEEnum, StepOutcome.class, "StepOutcome");
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.SUCCEEDED);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.FAILED);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.TIMED_OUT);

		initEEnum(failurePageChoiceEEnum, FailurePageChoice.class, "FailurePageChoice");
		addEEnumLiteral(failurePageChoiceEEnum, FailurePageChoice.STAY);
		addEEnumLiteral(failurePageChoiceEEnum, FailurePageChoice.RETRY);
		addEEnumLiteral(failurePageChoiceEEnum, FailurePageChoice.RESET);
		addEEnumLiteral(failurePageChoiceEEnum, FailurePageChoice.CONTINUE_ANYWAY);
		addEEnumLiteral(failurePageChoiceEEnum, FailurePageChoice.COLLECT_LOGS);

		initEEnum(failureKindEEnum, FailureKind.class, "FailureKind");
		addEEnumLiteral(failureKindEEnum, FailureKind.TRACKED_ITEM_FAILS);
		addEEnumLiteral(failureKindEEnum, FailureKind.TRACKED_ITEM_HANGS);
		addEEnumLiteral(failureKindEEnum, FailureKind.ESP_TIMEOUT);
		addEEnumLiteral(failureKindEEnum, FailureKind.NETWORK_LOST);
		addEEnumLiteral(failureKindEEnum, FailureKind.TPM_ATTESTATION_FAILS);
		addEEnumLiteral(failureKindEEnum, FailureKind.DOMAIN_CONTROLLER_UNREACHABLE);
		addEEnumLiteral(failureKindEEnum, FailureKind.TRACKED_ITEM_FAILS_ONCE);

		// Create resource
		createResource(eNS_URI);
	}

} //FlowpilotPackageImpl
