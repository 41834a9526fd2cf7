package org.flowpilot.model.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.contribution.ContributionCalls;
import org.flowpilot.model.contribution.ContributionFailure;
import org.flowpilot.model.contribution.Contributions;
import org.flowpilot.model.validation.spi.Severity;
import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * The contributed rules of one validation: those accepted (a valid id of their own), those refused and why, and
 * those that failed during it, which are not asked again. Kept in the Diagnostician's context map, which lives as
 * long as one validation.
 */
final class RuleRun {

    /** The time one call of a contributed rule may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern ID = Pattern.compile("[A-Z]{1,8}[0-9]{1,4}");
    private static final Pattern RESERVED = Pattern.compile("(AP|FL|EX)[0-9]+");
    private static final ContributionCalls CALLS = new ContributionCalls(TIMEOUT, "validation-rule");

    /** A rule accepted for this validation, with what it said once about itself. */
    record Accepted(ValidationRule rule, String id, Severity severity, Class<? extends EObject> type) {
    }

    final List<Accepted> accepted = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    private final Set<ValidationRule> failed = new HashSet<>();

    RuleRun(List<ValidationRule> rules) {
        Set<String> ids = new HashSet<>();
        for (ValidationRule rule : rules) {
            String id;
            Class<? extends EObject> type;
            Severity severity;
            try {
                id = CALLS.call(rule, "validation rule", "saying its id", rule::id);
                type = CALLS.call(rule, "validation rule", "saying which elements it checks", rule::appliesTo);
                severity = CALLS.call(rule, "validation rule", "saying its severity", rule::severity);
            } catch (ContributionFailure e) {
                refused.add(e.getMessage() + " The rule is left out.");
                continue;
            }
            String it = Contributions.describe("validation rule", rule);
            if (id == null || !ID.matcher(id).matches()) {
                refused.add(it + " has the id '" + id + "', which is not upper case letters then digits (such as"
                        + " BLK01): the rule is left out.");
            } else if (RESERVED.matcher(id).matches()) {
                refused.add(it + " has the id " + id + ", which Flowpilot's own rules use: the rule is left out.");
            } else if (!ids.add(id)) {
                refused.add(it + " has the id " + id + ", which another installed rule has: the rule is left out.");
            } else if (type == null || severity == null) {
                refused.add(it + " does not say which elements it checks or how severe its findings are: the rule"
                        + " is left out.");
            } else {
                accepted.add(new Accepted(rule, id, severity, type));
            }
        }
    }

    /** The run of this validation, kept in {@code context}; a fresh one each call when there is no context. */
    static RuleRun of(Map<Object, Object> context, List<ValidationRule> installed) {
        if (context == null) {
            return new RuleRun(installed);
        }
        Object known = context.get(RuleRun.class);
        if (known instanceof RuleRun run) {
            return run;
        }
        Object given = context.get(ContributedRules.class);
        @SuppressWarnings("unchecked")
        List<ValidationRule> rules = given instanceof List<?> list ? (List<ValidationRule>) list : installed;
        RuleRun run = new RuleRun(rules);
        context.put(RuleRun.class, run);
        return run;
    }

    /** Asks every accepted rule that applies to {@code object}; a rule that fails is reported and left out after. */
    void check(EObject object, Findings findings) {
        for (Accepted each : accepted) {
            ValidationRule rule = each.rule();
            if (failed.contains(rule) || !each.type().isInstance(object)) {
                continue;
            }
            // A call that timed out may still report later, from its own thread: by then nobody listens.
            AtomicBoolean listening = new AtomicBoolean(true);
            try {
                CALLS.call(rule, "validation rule", "checking " + Findings.describe(object), () -> {
                    rule.check(object, (element, message) -> {
                        if (listening.get()) {
                            findings.report(rule, each.id(), each.severity(), element == null ? object : element, message);
                        }
                    });
                    return null;
                });
            } catch (ContributionFailure e) {
                failed.add(rule);
                findings.report(Rule.EXTENSION_RULE_FAILED, object, e.getMessage() + " Its findings are left out of"
                        + " this validation.");
            } finally {
                listening.set(false);
            }
        }
    }
}
