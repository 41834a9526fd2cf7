package org.flowpilot.preview.internal;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.preview.spi.ScreenPreviewContributor;

/**
 * The Declarative Services component (OSGI-INF/org.flowpilot.preview.contributors.xml) that gathers the screen
 * preview contributors other bundles register, as they come and go.
 */
public final class ContributorRegistry {

    // Written by the component instance SCR creates, read by previews made with a factory: the bridge between the two.
    private static volatile ContributorRegistry active;

    private volatile List<ScreenPreviewContributor> contributors = List.of();

    /** The contributors bound now, or null when no component is active (outside OSGi, or before SCR started it). */
    public static List<ScreenPreviewContributor> bound() {
        ContributorRegistry registry = active;
        return registry == null ? null : registry.contributors;
    }

    /** Called by SCR when the component starts. */
    public void activate() {
        active = this;
    }

    /** Called by SCR when the component stops. */
    public void deactivate() {
        if (active == this) {
            active = null;
        }
    }

    /** Binds a contributor. */
    public synchronized void addContributor(ScreenPreviewContributor contributor) {
        List<ScreenPreviewContributor> changed = new ArrayList<>(contributors);
        changed.add(contributor);
        contributors = List.copyOf(changed);
    }

    /** Unbinds a contributor. */
    public synchronized void removeContributor(ScreenPreviewContributor contributor) {
        List<ScreenPreviewContributor> changed = new ArrayList<>(contributors);
        changed.remove(contributor);
        contributors = List.copyOf(changed);
    }
}
