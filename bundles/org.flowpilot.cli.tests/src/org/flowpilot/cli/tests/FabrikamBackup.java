package org.flowpilot.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture backup of the Fabrikam tenant ({@code fixtures/fabrikam-json}, {@code fixtures/fabrikam-yaml}), laid
 * out as IntuneCD writes it: a user-driven profile (current OOBE shape), a self-deploying one (deprecated shape), an
 * ESP, a Wi-Fi profile and a script. Resources cannot be listed inside a bundle, so the files are named here.
 */
final class FabrikamBackup {

    static final String STAFF = "Enrollment Profiles/Windows/Fabrikam staff laptops_azureADWindowsAutopilotDeploymentProfile";
    static final String KIOSKS = "Enrollment Profiles/Windows/Fabrikam shared kiosks_azureADWindowsAutopilotDeploymentProfile";
    static final String ESP = "Enrollment Profiles/Windows/ESP/Fabrikam ESP_windows10EnrollmentCompletionPageConfiguration";
    static final String WIFI = "Device Configurations/FB Wi-Fi_windowsWifiConfiguration";
    static final String SCRIPT = "Scripts/Powershell/Script Data/FB rename computer.ps1";

    /** Two copies of the backup, {@code before/} and {@code after/}, for a test to change the one after. */
    record Pair(Path before, Path after) {

        /** Replaces {@code from} by {@code to} in {@code file} of the copy after; fails if absent. */
        void editAfter(String file, String from, String to) {
            edit(after, file, from, to);
        }

        /** {@code flowpilot diff before after} with {@code options}, run in process. */
        Cli diff(String... options) {
            String[] args = new String[options.length + 3];
            args[0] = "diff";
            args[1] = before.toString();
            args[2] = after.toString();
            System.arraycopy(options, 0, args, 3, options.length);
            return Cli.run(args);
        }
    }

    private FabrikamBackup() {
    }

    /** Two copies of the backup in {@code format} under {@code parent}, alike until a test edits one. */
    static Pair pair(String format, Path parent) throws IOException {
        return new Pair(copy(format, parent, "before"), copy(format, parent, "after"));
    }

    /** Copies the backup in {@code format} ({@code json} or {@code yaml}) to {@code parent/name}. */
    static Path copy(String format, Path parent, String name) throws IOException {
        Path root = parent.resolve(name);
        for (String file : List.of(STAFF + "." + format, KIOSKS + "." + format, ESP + "." + format,
                WIFI + "." + format, SCRIPT)) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = FabrikamBackup.class.getResourceAsStream("fixtures/fabrikam-" + format + "/" + file)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + file);
                }
                Files.copy(in, target);
            }
        }
        return root;
    }

    /** Replaces {@code from} by {@code to} in {@code file} of the backup at {@code root}; fails if absent. */
    static void edit(Path root, String file, String from, String to) {
        try {
            Path path = root.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no " + from);
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
