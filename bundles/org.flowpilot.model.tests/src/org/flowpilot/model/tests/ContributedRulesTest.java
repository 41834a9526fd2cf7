package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ContributedRules;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.model.validation.Rule;
import org.flowpilot.model.validation.spi.Findings;
import org.flowpilot.model.validation.spi.Severity;
import org.flowpilot.model.validation.spi.ValidationRule;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Validation rules contributed by extensions: their findings, their failures, their ids, and the service registry. */
class ContributedRulesTest {

    private final Fixture fx = new Fixture();
    private final CustomStep tag = customStep();

    private CustomStep customStep() {
        CustomStep step = Fixture.F.createCustomStep();
        step.setExtensionTypeId("fabrikam.asset-tag");
        fx.step(step, "Asset tag");
        fx.connect(fx.stepNamed("Sign in"), step);
        fx.connect(step, fx.stepNamed("Desktop"));
        return step;
    }

    /** Flags custom steps without a description: Fabrikam's reviewers want one. */
    static class DescribedSteps implements ValidationRule {
        private final String id;

        DescribedSteps(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public Class<? extends EObject> appliesTo() {
            return CustomStep.class;
        }

        @Override
        public void check(EObject element, Findings findings) {
            CustomStep step = (CustomStep) element;
            if (step.getDescription() == null) {
                findings.report(step, "Custom step '" + step.getName() + "' has no description: describe it.");
            }
        }
    }

    private static List<ModelProblem> problems(Diagnostic diagnostic, String ruleId) {
        return ModelProblem.of(diagnostic).stream().filter(p -> p.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aContributedRuleReportsUnderItsOwnId() {
        List<ModelProblem> found = problems(AutopilotValidator.validate(fx.model, List.of(new DescribedSteps("FAB01"))),
                "FAB01");
        assertEquals(1, found.size(), "one finding: " + found);
        assertEquals(tag, found.get(0).element());
        assertEquals(Diagnostic.WARNING, found.get(0).severity());
        assertEquals(null, found.get(0).rule(), "not one of Flowpilot's own rules");
        tag.setDescription("Fabrikam's asset tag");
        assertEquals(List.of(), problems(AutopilotValidator.validate(fx.model, List.of(new DescribedSteps("FAB01"))),
                "FAB01"));
    }

    @Test
    void aThrowingRuleIsReportedWithItsBundleAndTheOthersStillRun() {
        ValidationRule throwing = new DescribedSteps("FAB02") {
            @Override
            public void check(EObject element, Findings findings) {
                throw new IllegalStateException("rule bug");
            }
        };
        Diagnostic diagnostic = AutopilotValidator.validate(fx.model, List.of(throwing, new DescribedSteps("FAB01")));
        List<ModelProblem> failed = problems(diagnostic, Rule.EXTENSION_RULE_FAILED.id());
        assertEquals(1, failed.size(), "reported once, then left out: " + failed);
        assertEquals(tag, failed.get(0).element());
        assertTrue(failed.get(0).message().contains("(bundle org.flowpilot.model.tests 0.1.0"), failed.get(0).message());
        assertTrue(failed.get(0).message().contains("IllegalStateException: rule bug"), failed.get(0).message());
        assertEquals(1, problems(diagnostic, "FAB01").size(), "the other rule still runs");
    }

    @Test
    void aHangingRuleIsCutOffAndReported() {
        CountDownLatch never = new CountDownLatch(1);
        ValidationRule hanging = new DescribedSteps("FAB03") {
            @Override
            public void check(EObject element, Findings findings) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    findings.report(element, "reported after the time was up, so nobody listens");
                }
            }
        };
        try {
            List<ModelProblem> failed = problems(AutopilotValidator.validate(fx.model, List.of(hanging)),
                    Rule.EXTENSION_RULE_FAILED.id());
            assertEquals(1, failed.size());
            assertTrue(failed.get(0).message().contains("did not answer within 5 s while checking Custom step"),
                    failed.get(0).message());
        } finally {
            never.countDown();
        }
    }

    @Test
    void rulesWithoutAnIdOfTheirOwnAreLeftOutAndReported() {
        Diagnostic diagnostic = AutopilotValidator.validate(fx.model, List.of(new DescribedSteps("FL01"),
                new DescribedSteps("fab 1"), new DescribedSteps("FAB01"), new DescribedSteps("FAB01")));
        List<ModelProblem> refused = problems(diagnostic, Rule.EXTENSION_RULE_FAILED.id());
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.stream().allMatch(p -> p.element() == fx.model));
        assertEquals(1, problems(diagnostic, "FAB01").size(), "the first FAB01 runs");
        assertEquals(List.of(), problems(diagnostic, "FL01").stream().filter(p -> p.element() == tag).toList());
    }

    @Test
    void theValidatorFollowsTheServiceRegistry() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<ValidationRule> registration = context.registerService(ValidationRule.class,
                new DescribedSteps("FAB04"), null);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (ContributedRules.installed().isEmpty()) {
                assertTrue(System.currentTimeMillis() < deadline, "waited 10 s for the rule to be bound");
                Thread.sleep(20);
            }
            assertEquals(1, problems(AutopilotValidator.validate(fx.model), "FAB04").size());
        } finally {
            registration.unregister();
        }
        assertEquals(List.of(), ContributedRules.installed());
        assertEquals(List.of(), problems(AutopilotValidator.validate(fx.model), "FAB04"));
    }
}
