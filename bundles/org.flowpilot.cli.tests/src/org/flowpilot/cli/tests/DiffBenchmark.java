package org.flowpilot.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Times {@code flowpilot diff BEFORE AFTER} on two generated IntuneCD backups of 50 deployment profiles each, as
 * whole processes (JVM start, import of both trees, the explain matrix on both, output), and prints the median.
 * Not a unit test: run it as described in the CLI tests' README, with the command that starts flowpilot.
 */
public final class DiffBenchmark {

    private static final int PROFILES = 50;
    private static final int CHANGED_PROFILES = 10;
    private static final int OTHER_FILES = 150;
    private static final int WARM_UP = 2;
    private static final int RUNS = 11;

    private DiffBenchmark() {
    }

    /** {@code args}: the command that starts flowpilot, such as {@code .../flowpilot/flowpilot}. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: DiffBenchmark FLOWPILOT_COMMAND...");
            System.exit(2);
        }
        Path folder = Files.createTempDirectory("flowpilot-diff-benchmark");
        Path before = write(folder.resolve("before"), false);
        Path after = write(folder.resolve("after"), true);
        List<String> command = new ArrayList<>(Arrays.asList(args));
        command.addAll(List.of("diff", before.toString(), after.toString()));
        double[] millis = new double[RUNS];
        int exitCode = -1;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            exitCode = process.waitFor();
            if (run >= 0) {
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("flowpilot diff of two %d-profile backups (%d profiles changed, %d other files each),"
                + " whole process: median %.0f ms, min %.0f ms, max %.0f ms over %d runs (exit code %d)%n",
                PROFILES, CHANGED_PROFILES, OTHER_FILES, millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS,
                exitCode);
    }

    /** Writes a backup tree as IntuneCD lays it out; {@code changed} alters some profiles and an ESP. */
    static Path write(Path root, boolean changed) throws IOException {
        Path profiles = Files.createDirectories(root.resolve("Enrollment Profiles/Windows"));
        Path esps = Files.createDirectories(profiles.resolve("ESP"));
        for (int i = 0; i < PROFILES; i++) {
            boolean alter = changed && i % (PROFILES / CHANGED_PROFILES) == 0;
            String name = String.format("Benchmark profile %02d", i);
            write(profiles.resolve(name + "_azureADWindowsAutopilotDeploymentProfile.json"), profile(name, i, alter));
        }
        for (int i = 0; i < 3; i++) {
            String name = "Benchmark ESP " + i;
            write(esps.resolve(name + "_windows10EnrollmentCompletionPageConfiguration.json"),
                    esp(name, i, changed && i == 0));
        }
        Path other = Files.createDirectories(root.resolve("Device Configurations"));
        for (int i = 0; i < OTHER_FILES; i++) {
            JsonObject configuration = new JsonObject();
            configuration.addProperty("@odata.type", "#microsoft.graph.windows10GeneralConfiguration");
            configuration.addProperty("displayName", "Benchmark configuration " + i);
            configuration.addProperty("passwordRequired", i % 2 == 0);
            configuration.add("assignments", assignments("Benchmark group " + (i % 10)));
            write(other.resolve("Benchmark configuration " + i + "_windows10GeneralConfiguration.json"),
                    configuration);
        }
        return root;
    }

    private static JsonObject profile(String name, int i, boolean alter) {
        JsonObject profile = new JsonObject();
        profile.addProperty("@odata.type", "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile");
        profile.addProperty("displayName", name);
        profile.addProperty("description", "");
        profile.addProperty("locale", i % 3 == 0 ? "os-default" : "en-US");
        JsonObject oobe = new JsonObject();
        oobe.addProperty("privacySettingsHidden", (i % 2 == 0) != alter);
        oobe.addProperty("eulaHidden", i % 4 != 1);
        oobe.addProperty("userType", i % 5 == 0 ? "administrator" : "standard");
        oobe.addProperty("deviceUsageType", i % 7 == 6 ? "shared" : "singleUser");
        oobe.addProperty("keyboardSelectionPageSkipped", i % 3 != 0);
        oobe.addProperty("escapeLinkHidden", true);
        profile.add("outOfBoxExperienceSetting", oobe);
        profile.addProperty("hardwareHashExtractionEnabled", false);
        profile.addProperty("deviceNameTemplate", "");
        profile.addProperty("deviceType", "windowsPc");
        profile.addProperty("preprovisioningAllowed", i % 2 == 1);
        JsonArray tags = new JsonArray();
        tags.add("Default");
        profile.add("roleScopeTagIds", tags);
        profile.add("assignments", assignments("Benchmark group " + (i % 10)));
        return profile;
    }

    private static JsonObject esp(String name, int i, boolean alter) {
        JsonObject esp = new JsonObject();
        esp.addProperty("@odata.type", "#microsoft.graph.windows10EnrollmentCompletionPageConfiguration");
        esp.addProperty("displayName", name);
        esp.addProperty("priority", i + 1);
        esp.addProperty("showInstallationProgress", true);
        esp.addProperty("blockDeviceSetupRetryByUser", false);
        esp.addProperty("allowDeviceResetOnInstallFailure", true);
        esp.addProperty("allowLogCollectionOnInstallFailure", true);
        esp.addProperty("customErrorMessage", "Call the service desk.");
        esp.addProperty("installProgressTimeoutInMinutes", alter ? 15 : 60);
        esp.addProperty("allowDeviceUseOnInstallFailure", false);
        esp.addProperty("trackInstallProgressForAutopilotOnly", true);
        esp.add("assignments", assignments("Benchmark group " + i));
        return esp;
    }

    private static JsonArray assignments(String group) {
        JsonObject target = new JsonObject();
        target.addProperty("@odata.type", "#microsoft.graph.groupAssignmentTarget");
        target.addProperty("deviceAndAppManagementAssignmentFilterType", "none");
        target.addProperty("groupName", group);
        target.addProperty("groupType", "StaticMembership");
        JsonObject assignment = new JsonObject();
        assignment.add("target", target);
        assignment.addProperty("source", "direct");
        JsonArray assignments = new JsonArray();
        assignments.add(assignment);
        return assignments;
    }

    private static void write(Path file, JsonObject json) throws IOException {
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
    }
}
