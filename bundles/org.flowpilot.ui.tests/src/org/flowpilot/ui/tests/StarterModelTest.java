package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.internal.wizards.ModelBytes;
import org.flowpilot.ui.internal.wizards.StarterModel;
import org.flowpilot.ui.internal.wizards.StarterModel.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every model the New Flowpilot Model wizard can start passes every rule and fits its deployment. */
class StarterModelTest {

	@ParameterizedTest
	@EnumSource(Deployment.class)
	void isValidOnWindows10And11(Deployment deployment) {
		for (WindowsVersion windows : WindowsVersion.VALUES) {
			AutopilotModel model = reread(StarterModel.create("Fabrikam", deployment, windows));
			List<ModelProblem> problems = ModelProblem.of(AutopilotValidator.validate(model));
			assertEquals(List.of(), problems.stream().map(p -> p.ruleId() + " " + p.message()).toList(),
					deployment + " on " + windows);
			assertEquals(1, model.getProfiles().size());
			assertEquals(1, model.getEnrollmentStatusPages().size());
			assertEquals(1, model.getScenarios().size());
			assertEquals(windows, model.getDevices().get(0).getWindowsVersion());
			assertFalse(model.getFlows().isEmpty());
		}
	}

	// As the wizard writes it into a new file and the editor reads it back.
	private static AutopilotModel reread(AutopilotModel model) {
		IPath path = IPath.fromOSString("/Project/fabrikam.autopilot");
		byte[] content = ModelBytes.of(model, path);
		Resource resource = AutopilotPersistence.newResourceSet()
				.createResource(URI.createPlatformResourceURI(path.toString(), true));
		try {
			resource.load(new ByteArrayInputStream(content), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (AutopilotModel) resource.getContents().get(0);
	}

	@ParameterizedTest
	@EnumSource(Deployment.class)
	void setsUpTheProfileAndFlowsOfTheDeployment(Deployment deployment) {
		AutopilotModel model = StarterModel.create("Fabrikam", deployment, WindowsVersion.WINDOWS11);
		var profile = model.getProfiles().get(0);
		List<FlowKind> flows = model.getFlows().stream().map(flow -> flow.getKind()).toList();
		switch (deployment) {
			case USER_DRIVEN_ENTRA_JOIN -> assertEquals(List.of(FlowKind.USER_DRIVEN_ENTRA_JOIN), flows);
			case USER_DRIVEN_HYBRID_JOIN -> {
				assertEquals(List.of(FlowKind.USER_DRIVEN_HYBRID_JOIN), flows);
				assertEquals(JoinType.ENTRA_HYBRID_JOINED, profile.getJoinType());
			}
			case PRE_PROVISIONED -> {
				assertEquals(List.of(FlowKind.PRE_PROVISIONING_TECHNICIAN,
						FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN), flows);
				assertTrue(profile.isAllowPreProvisionedDeployment());
			}
			case SELF_DEPLOYING -> {
				assertEquals(List.of(FlowKind.SELF_DEPLOYING), flows);
				assertEquals(DeploymentMode.SELF_DEPLOYING, profile.getDeploymentMode());
			}
		}
		assertEquals(model.getFlows().get(0), model.getScenarios().get(0).getFlow());
	}
}
