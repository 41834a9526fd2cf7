package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.ModelFiles;
import org.flowpilot.model.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser tests in {@code web-tests} (playwright-core driving Debian's Chromium, with Node's test runner)
 * against {@code flowpilot serve} on a copy of the example, then reads the model they edited: {@code serve.test.mjs}
 * edits the diagrams, {@code simulation.test.mjs} steps a run with the simulation panel.
 */
class ServeBrowserTest {

    @TempDir
    Path folder;

    @Test
    void aPersonEditsTheExampleInABrowserAndTheFileFollows() throws IOException, InterruptedException {
        Path model = Example.copyTo(folder);
        runBrowserTests("serve.test.mjs", model);
        DiagramModel edited = ModelFiles.open(model, "edited");
        Flow technician = edited.model().getFlows().get(0);
        assertTrue(technician.getSteps().stream().anyMatch(s -> "Desktop ready".equals(s.getName())),
                "the renamed step, saved and reopened");
        assertTrue(Files.exists(folder.resolve("contoso.autopilot.layout")), "the moved node's layout sidecar");
    }

    @Test
    void aPersonStepsThroughAdelesRunBesideTheDiagram() throws IOException, InterruptedException {
        Path model = Example.copyTo(folder);
        byte[] before = Files.readAllBytes(model);
        runBrowserTests("simulation.test.mjs", model);
        assertArrayEquals(before, Files.readAllBytes(model), "a simulation changes nothing in the model file");
    }

    // Runs the Node test file `script` against serve on `model` and fails with its output unless every test passed.
    private void runBrowserTests(String script, Path model) throws IOException, InterruptedException {
        Path webTests = Path.of(System.getProperty("flowpilot.webtests", "web-tests"));
        Path screenshots = Path.of(System.getProperty("flowpilot.screenshots", "target/screenshots"));
        try (ServeProcess serve = ServeProcess.start(model, folder)) {
            ProcessBuilder node = new ProcessBuilder("node", "--test", script).directory(webTests.toFile())
                    .redirectErrorStream(true);
            node.environment().put("FLOWPILOT_URL", serve.url());
            node.environment().put("FLOWPILOT_MODEL", model.toString());
            node.environment().put("FLOWPILOT_SCREENSHOTS", screenshots.toAbsolutePath().toString());
            Process run = node.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the browser tests finished");
            System.out.println(output);
            assertEquals(0, run.exitValue(), "browser tests:\n" + output + "\nserve:\n" + serve.errors());
            assertTrue(output.contains("# fail 0"), output);
        }
    }
}
