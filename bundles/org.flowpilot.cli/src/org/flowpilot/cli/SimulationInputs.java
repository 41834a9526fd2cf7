package org.flowpilot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flowpilot.cli.report.Explain;
import org.flowpilot.engine.AssignedUser;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.NamedElement;

/** Reads what simulate and explain run on: a model file, or Graph JSON of a profile and an ESP. */
final class SimulationInputs {

    private SimulationInputs() {
    }

    /** The model at {@code path}; a problem is reported as one line naming the file. */
    static AutopilotModel model(Path path) throws InteropException {
        return ModelDocument.open(path).model();
    }

    /** A model holding only what {@code profileJson} (and {@code espJson}, if given) import. */
    static AutopilotModel graph(Path profileJson, Path espJson) throws InteropException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("flowpilot-simulate");
        } catch (IOException e) {
            throw new InteropException("cannot create a temporary folder: " + e.getMessage());
        }
        try {
            ModelDocument document = ModelDocument.openOrCreate(scratch.resolve("graph.autopilot"));
            Warnings warnings = new Warnings();
            ModelImporter.importFile(profileJson, document, warnings);
            if (document.model().getProfiles().isEmpty()) {
                throw new InteropException(profileJson + ": holds no deployment profile");
            }
            if (espJson != null) {
                ModelImporter.importFile(espJson, document, warnings);
                if (document.model().getEnrollmentStatusPages().isEmpty()) {
                    throw new InteropException(espJson + ": holds no Enrollment Status Page configuration");
                }
            }
            return document.model();
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    /** The element of {@code elements} named {@code name}, or a one-line error naming the file and the choices. */
    static <T extends NamedElement> T named(List<T> elements, String name, String what, Path file)
            throws InteropException {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new InteropException(file + ": no " + what + " named '" + name + "' (there are: "
                        + String.join(", ", elements.stream().map(NamedElement::getName).toList()) + ")"));
    }

    /** The scenario basics from a model without a modeled scenario: its first profile, ESP and assigned user. */
    static RunScenario.Builder defaults(AutopilotModel model) {
        RunScenario.Builder builder = RunScenario.builder().organizationName(model.getOrganizationName());
        if (!model.getProfiles().isEmpty()) {
            builder.profile(model.getProfiles().get(0));
        }
        model.getEnrollmentStatusPages().stream().min(Comparator.comparingInt(EnrollmentStatusPage::getPriority))
                .ifPresent(builder::esp);
        return builder;
    }

    /** The first user assigned to a device of {@code model}, or a stand-in for explain's "user assigned" cases. */
    static AssignedUser someAssignedUser(AutopilotModel model) {
        return Explain.assignedUserOf(model);
    }
}
