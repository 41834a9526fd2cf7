package org.flowpilot.model.contribution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Contributions found outside OSGi, in the {@code META-INF/services} files of the jars on a class path.
 *
 * @since 1.0
 */
public final class ServiceLoaders {

    private ServiceLoaders() {
    }

    /**
     * An instance of every provider of {@code type} that {@code loader} sees, in class path order. A provider that
     * cannot be loaded or created is left out, saying so in one line on the standard error stream, so that one
     * broken jar does not keep the others, or the command, from running.
     */
    public static <T> List<T> load(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<T>> providers = ServiceLoader.load(type, loader).stream().iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                found.add(providers.next().get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                System.err.println("flowpilot: left out a " + type.getSimpleName() + " contribution that could not"
                        + " be loaded: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            }
        }
    }
}
