package org.flowpilot.diagram.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.flowpilot.diagram.server.DiagramServer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * {@code flowpilot serve} as the launch script runs it: {@code ServeCommand} on a plain JVM whose class path holds the
 * jars of the diagram bundle and of everything it is wired to in this OSGi runtime (the same jars the product ships).
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final String url;
    private final Path stderr;

    private ServeProcess(Process process, String url, Path stderr) {
        this.process = process;
        this.url = url;
        this.stderr = stderr;
    }

    /** Starts serve on {@code model} with {@code arguments} after it; returns when it printed its address. */
    static ServeProcess start(Path model, Path logFolder, String... arguments) throws IOException {
        Path stderr = Files.createTempFile(logFolder, "serve", ".err");
        ProcessBuilder builder = command(model, arguments).redirectError(stderr.toFile());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            throw new IOException("serve printed no address; its errors: " + Files.readString(stderr)
                    + "\ncommand: " + String.join(" ", builder.command()));
        }
        return new ServeProcess(process, line, stderr);
    }

    /** The command line of serve with its class path. */
    static ProcessBuilder command(Path model, String... arguments) {
        List<String> command = new ArrayList<>();
        // A process started in the background of a shell without job control (as a CI runner may start the build)
        // inherits SIGINT ignored, and the JVM then never installs its handler: serve starts as from a terminal,
        // with SIGINT at its default, through Perl (Debian's perl-base is essential).
        command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\\n\";"));
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (Runtime.version().feature() >= 24) {
            // Guice's class generation on Java 24+; the launch script passes the same option.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        command.add(classPath());
        command.add("org.flowpilot.diagram.serve.ServeCommand");
        command.add(model.toString());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** The jars of the diagram bundle and everything it needs, from the wiring of this runtime. */
    static String classPath() {
        Bundle diagram = FrameworkUtil.getBundle(DiagramServer.class);
        Set<Bundle> closure = new LinkedHashSet<>();
        collect(diagram, closure);
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : closure) {
            File file = fileOf(bundle);
            if (file == null) {
                continue;
            }
            entries.add(file.getAbsolutePath());
            if (file.isDirectory() && file.getName().equals("classes") && bundle == diagram) {
                // A bundle run from its build folder keeps web/ in the project folder, as the jar does at its root.
                entries.add(file.getParentFile().getParentFile().getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void collect(Bundle bundle, Set<Bundle> closure) {
        if (bundle.getBundleId() == 0 || !closure.add(bundle)) {
            return;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return;
        }
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            collect(wire.getProvider().getBundle(), closure);
        }
    }

    // Equinox keeps "reference:file:" locations, relative ones relative to the install area of the framework.
    private static File fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        int start = location.indexOf("file:");
        if (start < 0) {
            return null;
        }
        Path path = Path.of(location.substring(start + "file:".length()));
        if (!path.isAbsolute()) {
            String installArea = System.getProperty("osgi.install.area", "file:.");
            path = Path.of(URI.create(installArea.replace(" ", "%20"))).resolve(path);
        }
        return path.normalize().toFile();
    }

    /** The address serve printed. */
    String url() {
        return url;
    }

    /** The token of the address. */
    String token() {
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    /** The port of the address. */
    int port() {
        return URI.create(url).getPort();
    }

    /** What serve wrote to its error stream so far. */
    String errors() throws IOException {
        return Files.readString(stderr);
    }

    /** The process. */
    Process process() {
        return process;
    }

    /** Stops serve as Ctrl+C does (SIGINT) and returns its exit code. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("serve did not stop within 20 s of SIGINT");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
