package org.flowpilot.interop.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.flowpilot.interop.ModelDocument;
import org.flowpilot.interop.ModelImporter;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;

/**
 * Prints the median warm import time of a Graph list of 350 deployment profiles and of a 500-row hardware hash CSV.
 * Not a unit test: run it as described in the interop tests' README.
 */
public final class ImportBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 31;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("flowpilot-benchmark");
        StringBuilder list = new StringBuilder("{\"value\": [\n");
        String profile = Fixtures.text("azuread-profile-current.json");
        for (int i = 0; i < 350; i++) {
            list.append(i == 0 ? "" : ",\n").append(profile.replace("Contoso user-driven", "Profile " + i)
                    .replace("000000000001", String.format("%012d", i)));
        }
        byte[] json = list.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,"
                + "Assigned User\r\n");
        String hash = "T0HwAQEAHAAAAAoAHgZhSgAACgAAAAA".repeat(130);
        for (int i = 0; i < 500; i++) {
            csv.append("CZC").append(1_000_000 + i).append(",,").append(hash).append(",Sales,user").append(i % 50)
                    .append("@contoso.com\r\n");
        }
        byte[] rows = csv.toString().getBytes(StandardCharsets.US_ASCII);
        System.out.printf("Graph list of 350 profiles (%d KB): median %.1f ms%n", json.length / 1024,
                median(folder, "profiles.json", json));
        System.out.printf("Hardware hash CSV of 500 rows (%d KB): median %.1f ms%n", rows.length / 1024,
                median(folder, "devices.csv", rows));
    }

    private static double median(Path folder, String fileName, byte[] content) throws InteropException {
        double[] millis = new double[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            ModelDocument document = ModelDocument.openOrCreate(folder.resolve("bench.autopilot"));
            ModelImporter.importContent(Path.of(fileName), content, document, new Warnings());
            if (run >= 0) {
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
