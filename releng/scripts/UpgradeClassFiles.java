import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * Rewrites the class files older than Java 6 (version 50) in jars to version 52 with stack maps, in place, then
 * loads and links every rewritten class to prove it verifies. Run at build time on JDK 24+ by
 * releng/scripts/prepare-product-cli (java UpgradeClassFiles.java JAR...), on the unsigned copies of cli/ only.
 * <p>
 * Why: class-data archives (AppCDS, the AOT cache) leave out classes older than version 50, which the JVM can only
 * check with its old type-inferring verifier. picocli is compiled for Java 5, so its 180 classes were loaded and
 * verified anew by every command. The rewrite changes no instruction; the JDK's class-file library computes the
 * stack maps the new verifier needs.
 */
public final class UpgradeClassFiles {

    private static final int JAVA_8 = 52;
    private static final int JAVA_6 = 50;

    private UpgradeClassFiles() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            upgrade(Path.of(arg));
        }
    }

    private static void upgrade(Path jar) throws Exception {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> old = new ArrayList<>();
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            for (JarEntry entry : Collections.list(in.entries())) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    byte[] bytes = in.getInputStream(entry).readAllBytes();
                    classes.put(entry.getName(), bytes);
                    if (ClassFile.of().parse(bytes).majorVersion() < JAVA_6) {
                        old.add(entry.getName());
                    }
                }
            }
        }
        if (old.isEmpty()) {
            return;
        }
        // Stack maps need the class hierarchy: the JDK's, and the jar's own classes.
        ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver()
                .orElse(ClassHierarchyResolver.ofResourceParsing(desc -> {
                    String name = desc.descriptorString();
                    byte[] bytes = classes.get(name.substring(1, name.length() - 1) + ".class");
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }));
        ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        ClassTransform toJava8 = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen((builder, element) -> {
                    if (element instanceof ClassFileVersion) {
                        builder.withVersion(JAVA_8, 0);
                    } else {
                        builder.with(element);
                    }
                });
        Path temporary = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary))) {
            for (JarEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (old.contains(entry.getName())) {
                    ClassModel model = classFile.parse(bytes);
                    bytes = classFile.transformClass(model, toJava8);
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                out.write(bytes);
                out.closeEntry();
            }
        }
        verify(temporary, old);
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("UpgradeClassFiles: " + old.size() + " classes of " + jar.getFileName()
                + " rewritten to version " + JAVA_8 + " and verified");
    }

    // Linking runs the verifier; a class that does not verify fails the build here, not a user's command later.
    private static void verify(Path jar, List<String> classNames) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String className : classNames) {
                String name = className.substring(0, className.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    Files.deleteIfExists(jar);
                    throw new IllegalStateException(name + " does not load after the rewrite: " + e, e);
                }
            }
        }
    }
}
