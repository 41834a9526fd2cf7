package org.flowpilot.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.flowpilot.cli.FlowpilotCommand;
import org.flowpilot.library.ExampleModels;

/** One run of {@code flowpilot} in process: its exit code and what it wrote. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = FlowpilotCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(exitCode, out.toString(), err.toString());
    }

    /** The bundled Contoso example copied into {@code folder}, as a user's model file would be. */
    static Path contosoIn(Path folder) throws IOException {
        Path model = folder.resolve("contoso.autopilot");
        try (InputStream in = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
            Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
        }
        return model;
    }
}
