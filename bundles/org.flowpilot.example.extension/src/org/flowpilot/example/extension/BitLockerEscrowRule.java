package org.flowpilot.example.extension;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.validation.spi.Findings;
import org.flowpilot.model.validation.spi.Severity;
import org.flowpilot.model.validation.spi.ValidationRule;

/**
 * BLK01: a BitLocker recovery key escrow step must come after the Enrollment Status Page's Device setup phase. The
 * disk encryption policy reaches the device in Device setup; if Windows encrypts before it arrives, it uses its
 * defaults (XTS-AES 128, key not saved as the policy asks), and changing the method later means decrypting the drive
 * first. The rule flags a step that some path from the flow's start reaches without passing Device setup.
 */
public class BitLockerEscrowRule implements ValidationRule {

    /** The rule's id. */
    public static final String ID = "BLK01";

    @Override
    public String id() {
        return ID;
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
        if (!BitLockerEscrow.TYPE_ID.equals(step.getExtensionTypeId()) || !(step.eContainer() instanceof Flow flow)
                || flow.getStart() == null) {
            return;
        }
        if (reachableAvoidingDeviceSetup(flow.getStart(), step)) {
            findings.report(step, "BitLocker step '" + step.getName() + "' in flow '" + flow.getName() + "' can run"
                    + " before the Enrollment Status Page's Device setup, where the disk encryption policy arrives:"
                    + " Windows would encrypt with its defaults. Move the step after Device setup.");
        }
    }

    private static boolean reachableAvoidingDeviceSetup(Step start, Step target) {
        Deque<Step> queue = new ArrayDeque<>();
        Set<Step> seen = new HashSet<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Step current = queue.poll();
            if (current == target) {
                return true;
            }
            if (!seen.add(current) || isDeviceSetup(current)) {
                continue;
            }
            for (Transition transition : current.getOutgoing()) {
                if (transition.getTarget() != null) {
                    queue.add(transition.getTarget());
                }
            }
        }
        return false;
    }

    private static boolean isDeviceSetup(Step step) {
        return step instanceof EspPhaseStep phase && phase.getPhase() == EspPhaseKind.DEVICE_SETUP;
    }
}
