/**
 */
package org.flowpilot.model.util;

import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.flowpilot.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage
 * @generated
 */
public class FlowpilotAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FlowpilotPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowpilotAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FlowpilotPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowpilotSwitch<Adapter> modelSwitch =
		new FlowpilotSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseAutopilotModel(AutopilotModel object) {
				return createAutopilotModelAdapter();
			}
			@Override
			public Adapter caseAssignableConfiguration(AssignableConfiguration object) {
				return createAssignableConfigurationAdapter();
			}
			@Override
			public Adapter caseJsonProperty(Map.Entry<String, String> object) {
				return createJsonPropertyAdapter();
			}
			@Override
			public Adapter caseAssignment(Assignment object) {
				return createAssignmentAdapter();
			}
			@Override
			public Adapter caseDeploymentProfile(DeploymentProfile object) {
				return createDeploymentProfileAdapter();
			}
			@Override
			public Adapter caseEnrollmentStatusPage(EnrollmentStatusPage object) {
				return createEnrollmentStatusPageAdapter();
			}
			@Override
			public Adapter caseEspPhase(EspPhase object) {
				return createEspPhaseAdapter();
			}
			@Override
			public Adapter caseTrackedItem(TrackedItem object) {
				return createTrackedItemAdapter();
			}
			@Override
			public Adapter casePreparationTask(PreparationTask object) {
				return createPreparationTaskAdapter();
			}
			@Override
			public Adapter caseSecurityPolicy(SecurityPolicy object) {
				return createSecurityPolicyAdapter();
			}
			@Override
			public Adapter caseCertificate(Certificate object) {
				return createCertificateAdapter();
			}
			@Override
			public Adapter caseNetworkProfile(NetworkProfile object) {
				return createNetworkProfileAdapter();
			}
			@Override
			public Adapter caseApp(App object) {
				return createAppAdapter();
			}
			@Override
			public Adapter caseUser(User object) {
				return createUserAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseGroup(Group object) {
				return createGroupAdapter();
			}
			@Override
			public Adapter caseFlow(Flow object) {
				return createFlowAdapter();
			}
			@Override
			public Adapter caseStep(Step object) {
				return createStepAdapter();
			}
			@Override
			public Adapter casePowerOnStep(PowerOnStep object) {
				return createPowerOnStepAdapter();
			}
			@Override
			public Adapter caseNetworkCheckStep(NetworkCheckStep object) {
				return createNetworkCheckStepAdapter();
			}
			@Override
			public Adapter caseScreenStep(ScreenStep object) {
				return createScreenStepAdapter();
			}
			@Override
			public Adapter caseSignInStep(SignInStep object) {
				return createSignInStepAdapter();
			}
			@Override
			public Adapter caseMfaStep(MfaStep object) {
				return createMfaStepAdapter();
			}
			@Override
			public Adapter caseEspPhaseStep(EspPhaseStep object) {
				return createEspPhaseStepAdapter();
			}
			@Override
			public Adapter caseRebootStep(RebootStep object) {
				return createRebootStepAdapter();
			}
			@Override
			public Adapter caseProvisioningMenuStep(ProvisioningMenuStep object) {
				return createProvisioningMenuStepAdapter();
			}
			@Override
			public Adapter caseResealStep(ResealStep object) {
				return createResealStepAdapter();
			}
			@Override
			public Adapter caseWindowsSignOnStep(WindowsSignOnStep object) {
				return createWindowsSignOnStepAdapter();
			}
			@Override
			public Adapter caseDesktopStep(DesktopStep object) {
				return createDesktopStepAdapter();
			}
			@Override
			public Adapter caseCustomStep(CustomStep object) {
				return createCustomStepAdapter();
			}
			@Override
			public Adapter caseTransition(Transition object) {
				return createTransitionAdapter();
			}
			@Override
			public Adapter caseCondition(Condition object) {
				return createConditionAdapter();
			}
			@Override
			public Adapter caseFactCondition(FactCondition object) {
				return createFactConditionAdapter();
			}
			@Override
			public Adapter caseConnectivityCondition(ConnectivityCondition object) {
				return createConnectivityConditionAdapter();
			}
			@Override
			public Adapter caseWindowsVersionCondition(WindowsVersionCondition object) {
				return createWindowsVersionConditionAdapter();
			}
			@Override
			public Adapter caseScreenHiddenCondition(ScreenHiddenCondition object) {
				return createScreenHiddenConditionAdapter();
			}
			@Override
			public Adapter caseStepOutcomeCondition(StepOutcomeCondition object) {
				return createStepOutcomeConditionAdapter();
			}
			@Override
			public Adapter caseNotCondition(NotCondition object) {
				return createNotConditionAdapter();
			}
			@Override
			public Adapter caseAllOfCondition(AllOfCondition object) {
				return createAllOfConditionAdapter();
			}
			@Override
			public Adapter caseAnyOfCondition(AnyOfCondition object) {
				return createAnyOfConditionAdapter();
			}
			@Override
			public Adapter caseExtensionCondition(ExtensionCondition object) {
				return createExtensionConditionAdapter();
			}
			@Override
			public Adapter caseConditionParameter(Map.Entry<String, String> object) {
				return createConditionParameterAdapter();
			}
			@Override
			public Adapter caseOtherwiseCondition(OtherwiseCondition object) {
				return createOtherwiseConditionAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseInjectedFailure(InjectedFailure object) {
				return createInjectedFailureAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.AutopilotModel <em>Autopilot Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.AutopilotModel
	 * @generated
	 */
	public Adapter createAutopilotModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.AssignableConfiguration <em>Assignable Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.AssignableConfiguration
	 * @generated
	 */
	public Adapter createAssignableConfigurationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>Json Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createJsonPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Assignment
	 * @generated
	 */
	public Adapter createAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.DeploymentProfile <em>Deployment Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.DeploymentProfile
	 * @generated
	 */
	public Adapter createDeploymentProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.EnrollmentStatusPage <em>Enrollment Status Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.EnrollmentStatusPage
	 * @generated
	 */
	public Adapter createEnrollmentStatusPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.EspPhase <em>Esp Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.EspPhase
	 * @generated
	 */
	public Adapter createEspPhaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.TrackedItem <em>Tracked Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.TrackedItem
	 * @generated
	 */
	public Adapter createTrackedItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.PreparationTask <em>Preparation Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.PreparationTask
	 * @generated
	 */
	public Adapter createPreparationTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.SecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.SecurityPolicy
	 * @generated
	 */
	public Adapter createSecurityPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Certificate
	 * @generated
	 */
	public Adapter createCertificateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.NetworkProfile <em>Network Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.NetworkProfile
	 * @generated
	 */
	public Adapter createNetworkProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.App <em>App</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.App
	 * @generated
	 */
	public Adapter createAppAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.User
	 * @generated
	 */
	public Adapter createUserAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Group
	 * @generated
	 */
	public Adapter createGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Flow
	 * @generated
	 */
	public Adapter createFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.PowerOnStep <em>Power On Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.PowerOnStep
	 * @generated
	 */
	public Adapter createPowerOnStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.NetworkCheckStep <em>Network Check Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.NetworkCheckStep
	 * @generated
	 */
	public Adapter createNetworkCheckStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ScreenStep <em>Screen Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ScreenStep
	 * @generated
	 */
	public Adapter createScreenStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.SignInStep <em>Sign In Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.SignInStep
	 * @generated
	 */
	public Adapter createSignInStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.MfaStep <em>Mfa Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.MfaStep
	 * @generated
	 */
	public Adapter createMfaStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.EspPhaseStep <em>Esp Phase Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.EspPhaseStep
	 * @generated
	 */
	public Adapter createEspPhaseStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.RebootStep <em>Reboot Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.RebootStep
	 * @generated
	 */
	public Adapter createRebootStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ProvisioningMenuStep <em>Provisioning Menu Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ProvisioningMenuStep
	 * @generated
	 */
	public Adapter createProvisioningMenuStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ResealStep <em>Reseal Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ResealStep
	 * @generated
	 */
	public Adapter createResealStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.WindowsSignOnStep <em>Windows Sign On Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.WindowsSignOnStep
	 * @generated
	 */
	public Adapter createWindowsSignOnStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.DesktopStep <em>Desktop Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.DesktopStep
	 * @generated
	 */
	public Adapter createDesktopStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.CustomStep <em>Custom Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.CustomStep
	 * @generated
	 */
	public Adapter createCustomStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Transition
	 * @generated
	 */
	public Adapter createTransitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Condition
	 * @generated
	 */
	public Adapter createConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.FactCondition <em>Fact Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.FactCondition
	 * @generated
	 */
	public Adapter createFactConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ConnectivityCondition <em>Connectivity Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ConnectivityCondition
	 * @generated
	 */
	public Adapter createConnectivityConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.WindowsVersionCondition <em>Windows Version Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.WindowsVersionCondition
	 * @generated
	 */
	public Adapter createWindowsVersionConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ScreenHiddenCondition <em>Screen Hidden Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ScreenHiddenCondition
	 * @generated
	 */
	public Adapter createScreenHiddenConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.StepOutcomeCondition <em>Step Outcome Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.StepOutcomeCondition
	 * @generated
	 */
	public Adapter createStepOutcomeConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.NotCondition <em>Not Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.NotCondition
	 * @generated
	 */
	public Adapter createNotConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.AllOfCondition <em>All Of Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.AllOfCondition
	 * @generated
	 */
	public Adapter createAllOfConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.AnyOfCondition <em>Any Of Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.AnyOfCondition
	 * @generated
	 */
	public Adapter createAnyOfConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.ExtensionCondition <em>Extension Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.ExtensionCondition
	 * @generated
	 */
	public Adapter createExtensionConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>Condition Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createConditionParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.OtherwiseCondition <em>Otherwise Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.OtherwiseCondition
	 * @generated
	 */
	public Adapter createOtherwiseConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.flowpilot.model.InjectedFailure <em>Injected Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.flowpilot.model.InjectedFailure
	 * @generated
	 */
	public Adapter createInjectedFailureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FlowpilotAdapterFactory
