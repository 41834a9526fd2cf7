package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.persistence.ModelFileException;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.FlowKinds;
import org.flowpilot.model.query.TechnicianFlowTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the validator, the engine, the command line and the editor share, each written once in the model. */
class SharedRulesTest {

    @TempDir
    Path folder;

    private static DeploymentProfile profile(DeploymentMode mode, JoinType join, boolean preProvisioning) {
        DeploymentProfile profile = Fixture.F.createDeploymentProfile();
        profile.setDeploymentMode(mode);
        profile.setJoinType(join);
        profile.setAllowPreProvisionedDeployment(preProvisioning);
        return profile;
    }

    @Test
    void everyStandardFlowKindIsTheFlowOfTheDeploymentItDescribes() {
        for (JoinType join : JoinType.values()) {
            boolean hybrid = join == JoinType.ENTRA_HYBRID_JOINED;
            assertEquals(hybrid ? FlowKind.USER_DRIVEN_HYBRID_JOIN : FlowKind.USER_DRIVEN_ENTRA_JOIN,
                    FlowKinds.of(DeploymentMode.USER_DRIVEN, join, false, false));
            assertEquals(FlowKind.PRE_PROVISIONING_TECHNICIAN, FlowKinds.of(DeploymentMode.USER_DRIVEN, join, true, true));
            assertEquals(hybrid ? FlowKind.PRE_PROVISIONING_USER_HYBRID_JOIN : FlowKind.PRE_PROVISIONING_USER_ENTRA_JOIN,
                    FlowKinds.of(DeploymentMode.USER_DRIVEN, join, true, false));
            assertEquals(FlowKind.SELF_DEPLOYING, FlowKinds.of(DeploymentMode.SELF_DEPLOYING, join, true, true));
            for (boolean preProvisioning : new boolean[] { false, true }) {
                DeploymentProfile profile = profile(DeploymentMode.USER_DRIVEN, join, preProvisioning);
                // Allowing pre-provisioning only makes it possible: the profile's own mode is the default.
                assertEquals(hybrid ? FlowKind.USER_DRIVEN_HYBRID_JOIN : FlowKind.USER_DRIVEN_ENTRA_JOIN,
                        FlowKinds.defaultFor(profile));
                FlowKind userFlow = FlowKinds.afterTechnicianFlow(profile);
                assertTrue(FlowKinds.fits(userFlow, profile), userFlow + " for " + join);
                assertEquals(hybrid, FlowKinds.isHybrid(userFlow));
                assertTrue(FlowKinds.isPreProvisioningUserFlow(userFlow));
                assertFalse(FlowKinds.fits(FlowKind.SELF_DEPLOYING, profile));
            }
        }
        DeploymentProfile entra = profile(DeploymentMode.USER_DRIVEN, JoinType.ENTRA_JOINED, true);
        assertFalse(FlowKinds.fits(FlowKind.USER_DRIVEN_HYBRID_JOIN, entra));
        assertTrue(FlowKinds.fits(FlowKind.CUSTOM, entra));
        DeploymentProfile kiosk = profile(DeploymentMode.SELF_DEPLOYING, JoinType.ENTRA_JOINED, true);
        assertEquals(FlowKind.SELF_DEPLOYING, FlowKinds.defaultFor(kiosk));
        assertEquals(FlowKind.SELF_DEPLOYING, FlowKinds.afterTechnicianFlow(kiosk));
    }

    @Test
    void selfDeployingSupportsMicrosoftEntraJoinOnly() {
        assertTrue(FlowKinds.unsupported(DeploymentMode.SELF_DEPLOYING, JoinType.ENTRA_JOINED).isEmpty());
        assertTrue(FlowKinds.unsupported(DeploymentMode.USER_DRIVEN, JoinType.ENTRA_HYBRID_JOINED).isEmpty());
        assertEquals(FlowKinds.SELF_DEPLOYING_ENTRA_JOIN_ONLY,
                FlowKinds.unsupported(DeploymentMode.SELF_DEPLOYING, JoinType.ENTRA_HYBRID_JOINED).orElseThrow());
    }

    @Test
    void selfDeployingHidesItsScreensWhateverTheProfileSays() {
        DeploymentProfile profile = profile(DeploymentMode.USER_DRIVEN, JoinType.ENTRA_JOINED, false);
        profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        assertEquals(List.of(), AutopilotQueries.effectivelyHiddenScreens(profile));
        assertEquals(AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS,
                AutopilotQueries.effectivelyHiddenScreens(profile, true));
        profile.setDeploymentMode(DeploymentMode.SELF_DEPLOYING);
        assertEquals(List.of(ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY, ScreenKind.CHANGE_ACCOUNT_OPTIONS),
                AutopilotQueries.effectivelyHiddenScreens(profile));
    }

    @Test
    void theUserFlowWaitsNinetyMinutesAndComesWithinSixMonths() {
        Instant done = Instant.parse("2026-01-31T09:00:00Z");
        assertTrue(TechnicianFlowTiming.tooSoon(done, done.plus(Duration.ofMinutes(89))));
        assertFalse(TechnicianFlowTiming.tooSoon(done, done.plus(Duration.ofMinutes(90))));
        assertTrue(TechnicianFlowTiming.tooSoon(done, done.minus(Duration.ofMinutes(5))), "before it even finished");
        assertFalse(TechnicianFlowTiming.tooLate(done, Instant.parse("2026-07-31T09:00:00Z")), "six months to the day");
        assertTrue(TechnicianFlowTiming.tooLate(done, Instant.parse("2026-07-31T09:01:00Z")));
    }

    @Test
    void aBrokenModelFileSaysWhichLine() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.autopilot"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<autopilot:AutopilotModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:autopilot=\"http://flowpilot.org/autopilot/1.0\" name=\"Broken\">\n"
                + "  <profiles name=\"A\" <\n"
                + "</autopilot:AutopilotModel>\n");
        ModelFileException problem = assertThrows(ModelFileException.class,
                () -> AutopilotPersistence.load(URI.createFileURI(file.toString())));
        assertEquals(4, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.getMessage().startsWith(file + ": line 4, column " + problem.column() + ": "),
                problem.getMessage());
        assertFalse(problem.detail().contains("file:"), "the parser's message, not EMF's: " + problem.detail());
    }
}
