package org.flowpilot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.cli.FlowpilotCommand;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.engine.spi.Extensions;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepExecutor;
import org.flowpilot.engine.spi.StepResult;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.library.StandardFlows;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowKind;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Exit code 3 for Flowpilot's own failures, and a broken contribution that leaves the command usable. */
class ExitCodeTest {

    @TempDir
    Path folder;

    private static Cli run(Supplier<FlowEngine> engines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = FlowpilotCommand.run(args, new PrintWriter(out), new PrintWriter(err), engines);
        return new Cli(exitCode, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorExitsWithThreeInOneLineAndWritesTheStackTrace() throws IOException {
        Path model = Cli.contosoIn(folder);
        Supplier<FlowEngine> broken = () -> {
            throw new IllegalStateException("deliberately broken engine");
        };
        for (String command : List.of("simulate", "explain")) {
            Cli cli = command.equals("simulate")
                    ? run(broken, command, model.toString(), "--scenario", "Adele signs in to her laptop")
                    : run(broken, command, model.toString());
            assertEquals(FlowpilotCommand.INTERNAL_ERROR, cli.exitCode(), cli.err());
            assertEquals(1, cli.err().lines().count(), cli.err());
            String prefix = command + ": internal error (IllegalStateException: deliberately broken engine); the stack"
                    + " trace is in ";
            assertTrue(cli.err().startsWith(prefix), cli.err());
            Path trace = Path.of(cli.err().strip().substring(prefix.length()));
            try {
                String written = Files.readString(trace);
                assertTrue(written.contains("deliberately broken engine") && written.contains("\tat "), written);
            } finally {
                Files.deleteIfExists(trace);
            }
            assertEquals("", cli.out());
        }
    }

    @Test
    void aBrokenContributionFailsTheRunNotTheCommand() throws IOException {
        AutopilotModel model = ExampleModels.contoso();
        Flow flow = StandardFlows.userDrivenEntraJoin();
        flow.setName("With asset tag");
        flow.setKind(FlowKind.CUSTOM);
        Step desktop = flow.getSteps().stream().filter(s -> s.getName().equals("Desktop")).findFirst().orElseThrow();
        CustomStep tag = FlowpilotFactory.eINSTANCE.createCustomStep();
        tag.setName("Asset tag");
        tag.setExtensionTypeId("fabrikam.asset-tag");
        flow.getSteps().add(tag);
        for (Transition transition : List.copyOf(desktop.getIncoming())) {
            transition.setTarget(tag);
        }
        Transition toDesktop = FlowpilotFactory.eINSTANCE.createTransition();
        toDesktop.setSource(tag);
        toDesktop.setTarget(desktop);
        flow.getTransitions().add(toDesktop);
        model.getFlows().add(flow);
        Path file = folder.resolve("tagged.autopilot");
        AutopilotPersistence.save(model, URI.createFileURI(file.toString()));
        StepExecutor throwing = new StepExecutor() {
            @Override
            public String typeId() {
                return "fabrikam.asset-tag";
            }

            @Override
            public StepResult execute(StepContext context) {
                throw new IllegalStateException("label printer offline");
            }
        };
        Cli cli = run(() -> new FlowEngine(Extensions.of(List.of(throwing), List.of())), "simulate", file.toString(),
                "--flow", "With asset tag", "--format", "json");
        assertEquals(FlowpilotCommand.OK, cli.exitCode(), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("failed", report.get("outcome").getAsString());
        JsonArray steps = report.getAsJsonArray("steps");
        JsonObject last = steps.get(steps.size() - 1).getAsJsonObject();
        assertEquals("custom", last.get("kind").getAsString());
        assertEquals("failed", last.get("status").getAsString());
        String reason = last.get("reason").getAsString();
        assertTrue(reason.contains("ExitCodeTest$") && reason.contains("(bundle org.flowpilot.cli.tests 0.1.0")
                && reason.endsWith("IllegalStateException: label printer offline"), reason);
    }
}
