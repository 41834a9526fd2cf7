import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Copies jars into a folder without their signatures: the signature files and the per-entry digests of the
 * manifest. Run by releng/scripts/prepare-cli-classpath at build time (java UnsignedJars.java FOLDER JAR...).
 * <p>
 * Why: the JVM verifies a signed jar's digests as it loads classes from it, and leaves classes of signed jars out
 * of class-data archives (AppCDS, the AOT cache), so the headless commands started 0.2 s slower and could not be
 * archived. The copies serve only the plain class path of the headless commands; the OSGi workbench keeps the signed
 * originals in plugins/.
 */
public final class UnsignedJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    private UnsignedJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java UnsignedJars.java FOLDER JAR...");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            Path copy = folder.resolve(jar.getFileName());
            Path temporary = folder.resolve(jar.getFileName() + ".tmp");
            copyWithoutSignatures(jar, temporary);
            Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void copyWithoutSignatures(Path jar, Path copy) throws IOException {
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            Manifest manifest = in.getManifest();
            try (OutputStream file = Files.newOutputStream(copy);
                    JarOutputStream out = manifest == null ? new JarOutputStream(file)
                            : new JarOutputStream(file, mainSectionOf(manifest))) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (SIGNATURE.matcher(name).matches() || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    ZipEntry copied = new ZipEntry(name);
                    copied.setTime(entry.getTime());
                    out.putNextEntry(copied);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    // The per-entry sections hold only the digests the signature covered; the main section is the bundle's headers.
    private static Manifest mainSectionOf(Manifest manifest) {
        Manifest main = new Manifest();
        main.getMainAttributes().putAll(manifest.getMainAttributes());
        return main;
    }
}
