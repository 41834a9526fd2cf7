package org.flowpilot.model.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Regenerates {@code src-gen/} (and the other generator-owned files listed in
 * {@link ModelCodeGenerator#GENERATED_FILES}) of the model and edit bundles in place.
 * <p>
 * Usage: {@code RegenerateModelCode <bundles folder>}.
 */
public final class RegenerateModelCode {

    private RegenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path bundlesDir = Path.of(args.length > 0 ? args[0] : "bundles").toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("flowpilot-codegen");
        try {
            Map<String, Path> generated = ModelCodeGenerator.generate(bundlesDir, scratch);
            for (Map.Entry<String, List<String>> bundle : ModelCodeGenerator.GENERATED_FILES.entrySet()) {
                for (String file : bundle.getValue()) {
                    Path from = generated.get(bundle.getKey()).resolve(file);
                    Path to = bundlesDir.resolve(bundle.getKey()).resolve(file);
                    if (Files.isDirectory(from)) {
                        ModelCodeGenerator.deleteTree(to);
                        ModelCodeGenerator.copyTree(from, to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                    System.out.println("regenerated " + bundlesDir.relativize(to));
                }
            }
        } finally {
            ModelCodeGenerator.deleteTree(scratch);
        }
    }
}
