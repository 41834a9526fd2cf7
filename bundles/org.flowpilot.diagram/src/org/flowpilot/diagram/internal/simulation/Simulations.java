package org.flowpilot.diagram.internal.simulation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.preview.ScreenPreviews;

/**
 * The browser simulations of a diagram server, one per model that allows them: its pages share it, as they share the
 * model's token session. A server whose host animates runs itself (the workbench, through the Debug framework)
 * allows none.
 */
public final class Simulations {

    private final Map<String, BrowserSimulation> byModelKey = new ConcurrentHashMap<>();
    private final FlowEngine engine;
    private final ScreenPreviews previews;

    /** Simulations run by {@code engine}, their screens drawn by {@code previews}. */
    public Simulations(FlowEngine engine, ScreenPreviews previews) {
        this.engine = engine;
        this.previews = previews;
    }

    /** Lets the pages of {@code model} run simulations. */
    public void allow(DiagramModel model) {
        byModelKey.putIfAbsent(model.key(), new BrowserSimulation(model, engine, previews));
    }

    /** Ends the simulation of {@code model} and allows no more. */
    public void forbid(DiagramModel model) {
        BrowserSimulation removed = byModelKey.remove(model.key());
        if (removed != null) {
            removed.perform(SimulationCommand.STOP);
        }
    }

    /** The simulation of the model with {@code key}, empty when the model allows none. */
    public Optional<BrowserSimulation> of(String key) {
        return Optional.ofNullable(key == null ? null : byModelKey.get(key));
    }
}
