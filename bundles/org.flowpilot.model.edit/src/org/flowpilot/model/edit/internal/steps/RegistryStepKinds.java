package org.flowpilot.model.edit.internal.steps;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.RegistryFactory;
import org.flowpilot.model.edit.steps.ContributedStepKind;
import org.flowpilot.model.edit.steps.StepKindCatalogue;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;

/**
 * The step kinds of the extension registry, listed while their bundle is starting or active: the registry knows a
 * bundle's {@code plugin.xml} as soon as the bundle resolves, but its executor runs only once it starts, and is
 * gone once it stops.
 */
public final class RegistryStepKinds implements StepKindCatalogue, IRegistryEventListener, BundleListener {

    private static final int RUNNING = Bundle.STARTING | Bundle.ACTIVE;

    private final IExtensionRegistry registry;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ContributedStepKind> kinds = List.of();

    private RegistryStepKinds(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /** A catalogue following the registry and the bundles from now on. */
    public static RegistryStepKinds start() {
        RegistryStepKinds catalogue = new RegistryStepKinds(RegistryFactory.getRegistry());
        if (catalogue.registry != null) {
            catalogue.registry.addListener(catalogue, EXTENSION_POINT);
        }
        Bundle own = FrameworkUtil.getBundle(RegistryStepKinds.class);
        BundleContext context = own == null ? null : own.getBundleContext();
        if (context != null) {
            context.addBundleListener(catalogue);
        }
        catalogue.refresh();
        return catalogue;
    }

    @Override
    public List<ContributedStepKind> stepKinds() {
        return kinds;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void added(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void removed(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        refresh();
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        refresh();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.STARTED, BundleEvent.STOPPED, BundleEvent.LAZY_ACTIVATION, BundleEvent.UNRESOLVED,
                    BundleEvent.UNINSTALLED -> refresh();
            default -> {
                // Installing, resolving and updating change nothing the palette shows until the bundle starts.
            }
        }
    }

    private synchronized void refresh() {
        List<ContributedStepKind> declared = new ArrayList<>();
        IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(EXTENSION_POINT);
        if (point != null) {
            for (IExtension extension : point.getExtensions()) {
                try {
                    Bundle bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
                    if (bundle == null || (bundle.getState() & RUNNING) == 0) {
                        continue;
                    }
                    for (IConfigurationElement element : extension.getConfigurationElements()) {
                        ContributedStepKind kind = kind(element, bundle);
                        if (kind != null) {
                            declared.add(kind);
                        }
                    }
                } catch (InvalidRegistryObjectException e) {
                    // Removed while we read it: the removal's own event refreshes again.
                }
            }
        }
        List<ContributedStepKind> now = StepKindList.of(declared);
        if (!now.equals(kinds)) {
            kinds = now;
            listeners.forEach(Runnable::run);
        }
    }

    private static ContributedStepKind kind(IConfigurationElement element, Bundle bundle) {
        String typeId = element.getAttribute("typeId");
        String name = element.getAttribute("name");
        if (!"stepKind".equals(element.getName()) || !StepKindList.complete(typeId, name)) {
            return null;
        }
        String iconPath = element.getAttribute("icon");
        URL icon = iconPath == null || iconPath.isBlank() ? null : bundle.getEntry(iconPath);
        return new ContributedStepKind(typeId.strip(), name.strip(), element.getAttribute("description"),
                element.getAttribute("category"), icon,
                "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }
}
