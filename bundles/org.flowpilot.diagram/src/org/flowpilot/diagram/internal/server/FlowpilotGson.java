package org.flowpilot.diagram.internal.server;

import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;

import com.google.gson.GsonBuilder;
import com.google.inject.Inject;

/** GLSP's JSON for the messages of a connection, with graph elements written by {@link GModelJson}. */
public class FlowpilotGson implements ServerGsonConfigurator {

    private final DefaultServerGsonConfigurator glsp;

    /** The JSON configuration GLSP would use, with {@link GModelJson} put before its graph element adapter. */
    @Inject
    public FlowpilotGson(DefaultServerGsonConfigurator glsp) {
        this.glsp = glsp;
    }

    @Override
    public GsonBuilder configureGsonBuilder(GsonBuilder builder) {
        // Gson asks the factory registered last first; GModelJson hands reading on to GLSP's adapter.
        return glsp.configureGsonBuilder(builder).registerTypeAdapterFactory(new GModelJson());
    }
}
