package org.flowpilot.model.contribution;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where contributed code comes from, in the words a report needs: the bundle's symbolic name and version inside
 * OSGi, the jar or folder it was loaded from outside. Read through {@code org.osgi.framework.BundleReference} by
 * reflection, so that this works with or without OSGi on the class path.
 *
 * @since 1.0
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * Where {@code type} comes from: {@code bundle com.fabrikam.autopilot 1.2.0} in OSGi, else the jar or folder
     * it was loaded from, else {@code the class path}.
     */
    public static String origin(Class<?> type) {
        Object bundle = bundle(type);
        if (bundle != null) {
            try {
                Class<?> bundleType = implemented(bundle.getClass(), "org.osgi.framework.Bundle");
                if (bundleType != null) {
                    Method name = bundleType.getMethod("getSymbolicName");
                    Method version = bundleType.getMethod("getVersion");
                    return "bundle " + name.invoke(bundle) + " " + version.invoke(bundle);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Not a bundle we can read: fall back to where the class was loaded from.
            }
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "the class path";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (Exception e) {
            return source.getLocation().toString();
        }
    }

    /**
     * How a report names {@code contribution}: its role, class and origin, such as
     * {@code The step executor com.fabrikam.AssetTag (bundle com.fabrikam.autopilot 1.2.0)}.
     *
     * @param role what the contribution is to its host, such as {@code step executor}
     */
    public static String describe(String role, Object contribution) {
        Class<?> type = contribution.getClass();
        return "The " + role + " " + type.getName() + " (" + origin(type) + ")";
    }

    /** Whether {@code type} was loaded by an OSGi bundle's class loader. */
    public static boolean loadedByBundle(Class<?> type) {
        return bundle(type) != null;
    }

    // The org.osgi.framework.Bundle of the class's loader, or null outside OSGi.
    private static Object bundle(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return null;
        }
        Class<?> reference = implemented(loader.getClass(), "org.osgi.framework.BundleReference");
        if (reference == null) {
            return null;
        }
        try {
            return reference.getMethod("getBundle").invoke(loader);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Class<?> implemented(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Class<?> implemented : current.getInterfaces()) {
                if (implemented.getName().equals(name)) {
                    return implemented;
                }
                Class<?> inherited = implemented(implemented, name);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }
}
