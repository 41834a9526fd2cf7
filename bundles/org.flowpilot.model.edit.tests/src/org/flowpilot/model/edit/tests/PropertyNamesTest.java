package org.flowpilot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.User;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.edit.labels.PropertyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyNamesTest {

	@ParameterizedTest
	@CsvSource({ "Mfa Required, MFA required", "Allow Pre Provisioned Deployment, Allow pre-provisioned deployment",
			"Skip AD Connectivity Check, Skip AD connectivity check", "On Premises Account, On-premises account",
			"Windows Product Id, Windows product ID", "Tpm20, TPM 2.0",
			"Only Show Page To Devices Provisioned By Oobe, Only show page to devices provisioned by OOBE",
			"Graph Id, Graph ID", "Role Scope Tag Ids, Role scope tag IDs", "Display Name, Display name" })
	void writesNamesAsTheAdminCenterDoes(String generated, String expected) {
		assertEquals(expected, PropertyNames.adminCenterStyle(generated));
	}

	@Test
	void thePropertiesViewSeesTheAdminCenterNames() {
		ComposedAdapterFactory factory = AutopilotItemProviders.createAdapterFactory();
		try {
			User user = FlowpilotFactory.eINSTANCE.createUser();
			IItemPropertySource source = (IItemPropertySource) factory.adapt(user, IItemPropertySource.class);
			List<String> names = source.getPropertyDescriptors(user).stream()
					.map((IItemPropertyDescriptor descriptor) -> descriptor.getDisplayName(user)).toList();
			assertTrue(names.contains("MFA required"), names.toString());
			assertTrue(names.contains("User principal name"), names.toString());
		} finally {
			factory.dispose();
		}
	}
}
