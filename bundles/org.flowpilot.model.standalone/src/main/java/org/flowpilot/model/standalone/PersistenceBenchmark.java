package org.flowpilot.model.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.model.AppType;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.InstallContext;
import org.flowpilot.model.User;
import org.flowpilot.model.persistence.AutopilotPersistence;

/**
 * Times loading and saving an {@code .autopilot} file of a generated model, outside OSGi, and prints the median of
 * each over several runs after warm-up.
 * <p>
 * Usage: {@code PersistenceBenchmark [elements]} (default 10,000 elements).
 */
public final class PersistenceBenchmark {

    private static final int WARM_UP_RUNS = 10;
    private static final int MEASURED_RUNS = 15;
    private static final FlowpilotFactory FACTORY = FlowpilotFactory.eINSTANCE;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        AutopilotModel model = generate(elements);
        int count = 1;
        for (var contents = model.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        Path file = Files.createTempFile("flowpilot-benchmark", ".autopilot");
        URI uri = URI.createFileURI(file.toString());
        Resource resource = AutopilotPersistence.newResourceSet().createResource(uri);
        resource.getContents().add(model);

        long[] saves = new long[MEASURED_RUNS];
        long[] loads = new long[MEASURED_RUNS];
        for (int run = -WARM_UP_RUNS; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            resource.save(Map.of());
            long saved = System.nanoTime();
            AutopilotModel loaded = AutopilotPersistence.load(uri);
            long end = System.nanoTime();
            if (loaded.getDevices().size() != model.getDevices().size()) {
                throw new IllegalStateException("the loaded model lost devices");
            }
            if (run >= 0) {
                saves[run] = saved - start;
                loads[run] = end - saved;
            }
        }
        System.out.printf("model: %,d elements, file %,d bytes (%s)%n", count, Files.size(file), file);
        System.out.printf("save: median %.1f ms (min %.1f, max %.1f) over %d runs after %d warm-up runs%n",
                median(saves), min(saves), max(saves), MEASURED_RUNS, WARM_UP_RUNS);
        System.out.printf("load: median %.1f ms (min %.1f, max %.1f) over %d runs after %d warm-up runs%n",
                median(loads), min(loads), max(loads), MEASURED_RUNS, WARM_UP_RUNS);
        Files.delete(file);
    }

    /**
     * A model of about {@code elements} elements shaped like a large tenant: users, devices assigned to them, device
     * groups, and ESP configurations whose phases track apps.
     */
    static AutopilotModel generate(int elements) {
        AutopilotModel model = FACTORY.createAutopilotModel();
        model.setName("Benchmark");
        int users = elements / 4;
        List<EObject> created = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User user = FACTORY.createUser();
            user.setName("User " + i);
            user.setUserPrincipalName("user" + i + "@contoso.com");
            user.setMfaRequired(i % 2 == 0);
            model.getUsers().add(user);
            Device device = FACTORY.createDevice();
            device.setName("CONTOSO-" + i);
            device.setSerialNumber("SN" + (100_000 + i));
            device.setHardwareHash("T0EwMDAx" + Integer.toHexString(i * 7919));
            device.setAssignedUser(user);
            model.getDevices().add(device);
            created.add(device);
        }
        Group group = null;
        for (int i = 0; i < created.size(); i++) {
            if (i % 100 == 0) {
                group = FACTORY.createGroup();
                group.setName("Devices " + i / 100);
                group.setKind(GroupKind.DEVICE_GROUP);
                model.getGroups().add(group);
            }
            group.getDevices().add((Device) created.get(i));
        }
        int remaining = elements - 2 * users - model.getGroups().size();
        EnrollmentStatusPage esp = null;
        for (int i = 0; esp == null || remaining > 0; i++) {
            esp = FACTORY.createEnrollmentStatusPage();
            esp.setName("ESP " + i);
            esp.setPriority(i + 1);
            model.getEnrollmentStatusPages().add(esp);
            remaining--;
            for (EspPhaseKind kind : EspPhaseKind.values()) {
                EspPhase phase = FACTORY.createEspPhase();
                phase.setKind(kind);
                esp.getPhases().add(phase);
                remaining--;
                for (int a = 0; a < 50 && remaining > 0; a++, remaining--) {
                    var app = FACTORY.createApp();
                    app.setName("App " + i + "." + a);
                    app.setAppType(AppType.WIN32);
                    app.setInstallContext(kind == EspPhaseKind.ACCOUNT_SETUP ? InstallContext.USER : InstallContext.DEVICE);
                    phase.getTrackedItems().add(app);
                }
            }
        }
        return model;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double value = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return value / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }
}
