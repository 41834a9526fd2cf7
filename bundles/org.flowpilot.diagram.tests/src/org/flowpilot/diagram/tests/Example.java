package org.flowpilot.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The Contoso example, copied where a test may change it. */
final class Example {

    private Example() {
    }

    /** The example model of the library bundle. */
    static Path source() {
        String path = System.getProperty("flowpilot.example");
        if (path == null) {
            throw new IllegalStateException("the system property flowpilot.example names the Contoso example");
        }
        return Path.of(path);
    }

    /** A copy of the example in {@code folder}. */
    static Path copyTo(Path folder) throws IOException {
        Path copy = folder.resolve("contoso.autopilot");
        Files.copy(source(), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
