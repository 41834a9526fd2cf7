package org.flowpilot.engine.internal;

/**
 * What one kind of step does, after the Autopilot documentation: from the state before the step, what the person
 * sees and why, the state after, and where the run goes. One small handler per step kind (and per screen of the
 * catalogue for screen steps), chosen once when the flow is prepared; the reasons name the facts they rest on.
 */
interface StepHandler {

    /** Takes a step of {@code node} from {@code before}, in the run {@code run} describes. */
    Taken take(Node node, State before, RunContext run);

    /**
     * What one step did: what the person saw, the state after it (its clock counting what the step itself spent,
     * such as ESP installations; the engine adds the screen time), and the step the engine goes to itself
     * ({@code goTo}: a failure page, the failed phase after Retry, the first step after Reset) or the step whose
     * transitions Continue anyway follows ({@code continuePast}); both null: the flow's transitions decide.
     */
    record Taken(Shown shown, State after, Node goTo, Node continuePast) {

        /** The flow's transitions decide where the run goes. */
        static Taken follow(Shown shown, State after) {
            return new Taken(shown, after, null, null);
        }

        /** The engine sends the run to {@code next}, whatever the transitions say. */
        static Taken goTo(Shown shown, State after, Node next) {
            return new Taken(shown, after, next, null);
        }
    }
}
