package org.flowpilot.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * The Declarative Services component (OSGI-INF/org.flowpilot.model.validation.rules.xml) that gathers the
 * validation rules other bundles contribute as they come and go. The validator reads the rules bound at the time
 * it starts checking a model.
 */
public final class RuleRegistry {

    // Written by the component instance SCR creates, read by validators made with new: the bridge between the two.
    private static volatile RuleRegistry active;

    private volatile List<ValidationRule> rules = List.of();

    /** The rules bound now, or null when no component is active (outside OSGi, or before SCR started it). */
    public static List<ValidationRule> bound() {
        RuleRegistry registry = active;
        return registry == null ? null : registry.rules;
    }

    /** Called by SCR when the component starts. */
    public void activate() {
        active = this;
    }

    /** Called by SCR when the component stops. */
    public void deactivate() {
        if (active == this) {
            active = null;
        }
    }

    /** Binds a contributed rule. */
    public synchronized void addRule(ValidationRule rule) {
        List<ValidationRule> changed = new ArrayList<>(rules);
        changed.add(rule);
        rules = List.copyOf(changed);
    }

    /** Unbinds a rule. */
    public synchronized void removeRule(ValidationRule rule) {
        List<ValidationRule> changed = new ArrayList<>(rules);
        changed.remove(rule);
        rules = List.copyOf(changed);
    }
}
