package org.flowpilot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;

/** The example models shipped with Flowpilot, readable with or without OSGi. */
public final class ExampleModels {

    /** Where the Contoso example lives inside this bundle. */
    public static final String CONTOSO_PATH = "/examples/contoso.autopilot";

    private ExampleModels() {
    }

    /** The address of the bundled Contoso example. */
    public static URI contosoUri() {
        URL url = ExampleModels.class.getResource(CONTOSO_PATH);
        if (url == null) {
            throw new IllegalStateException(CONTOSO_PATH + " is missing from org.flowpilot.library");
        }
        return URI.createURI(url.toString());
    }

    /**
     * The Contoso example, loaded into a resource set of its own: a pre-provisioned Microsoft Entra join deployment
     * with its technician and user flows and scenarios.
     */
    public static AutopilotModel contoso() {
        try {
            return AutopilotPersistence.load(contosoUri());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled Contoso example", e);
        }
    }
}
