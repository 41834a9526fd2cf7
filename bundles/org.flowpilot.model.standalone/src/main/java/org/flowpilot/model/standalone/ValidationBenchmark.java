package org.flowpilot.model.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flowpilot.library.internal.ContosoExample;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;

/**
 * Times what the model editor runs after each pause in editing: every validation rule over a model of about 10,000
 * elements, and the problems made from the result. The model is the Contoso example (profile, ESP, flows, scenarios)
 * grown with the users, devices, groups and ESP apps of {@link PersistenceBenchmark#generate}, its device groups
 * assigned to the example's profile so that the assignment rules see every device.
 * <p>
 * Usage: {@code ValidationBenchmark [elements]} (default 10,000 elements).
 */
public final class ValidationBenchmark {

    private static final int WARM_UP_RUNS = 20;
    private static final int MEASURED_RUNS = 30;

    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        AutopilotModel model = grownExample(elements);
        int count = 1;
        for (var contents = model.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        long[] runs = new long[MEASURED_RUNS];
        int problems = 0;
        for (int run = -WARM_UP_RUNS; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            List<ModelProblem> found = ModelProblem.of(AutopilotValidator.validate(model));
            long end = System.nanoTime();
            problems = found.size();
            if (run >= 0) {
                runs[run] = end - start;
            }
        }
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        System.out.printf("model: %,d elements, %,d problems found%n", count, problems);
        System.out.printf("validate: median %.1f ms (min %.1f, max %.1f) over %d runs after %d warm-up runs%n",
                sorted[MEASURED_RUNS / 2] / 1e6, sorted[0] / 1e6, sorted[MEASURED_RUNS - 1] / 1e6, MEASURED_RUNS,
                WARM_UP_RUNS);
    }

    static AutopilotModel grownExample(int elements) {
        AutopilotModel model = ContosoExample.build();
        int existing = 1;
        for (var contents = model.eAllContents(); contents.hasNext(); contents.next()) {
            existing++;
        }
        AutopilotModel bulk = PersistenceBenchmark.generate(Math.max(0, elements - existing));
        List<Group> groups = new ArrayList<>(bulk.getGroups());
        model.getUsers().addAll(bulk.getUsers());
        model.getDevices().addAll(bulk.getDevices());
        model.getGroups().addAll(groups);
        model.getEnrollmentStatusPages().addAll(bulk.getEnrollmentStatusPages());
        for (Group group : groups) {
            Assignment assignment = FlowpilotFactory.eINSTANCE.createAssignment();
            assignment.setGroup(group);
            model.getProfiles().get(0).getAssignments().add(assignment);
        }
        return model;
    }
}
