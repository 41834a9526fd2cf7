package org.flowpilot.diagram.internal.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.DiagramModel;

/** The models a diagram server shows, by key, and what it knows about contributed step types. */
public final class DiagramModels {

    private final Map<String, DiagramModel> byKey = new ConcurrentHashMap<>();
    private final Map<DiagramModel, LayoutMemo> memos = new ConcurrentHashMap<>();
    private final Supplier<List<CustomStepType>> customStepTypes;

    /** A registry whose flow palettes also offer {@code customStepTypes}. */
    public DiagramModels(List<CustomStepType> customStepTypes) {
        List<CustomStepType> fixed = List.copyOf(customStepTypes);
        this.customStepTypes = () -> fixed;
    }

    /**
     * A registry whose flow palettes offer the step types {@code customStepTypes} supplies at the time a diagram
     * session asks, so that extensions installed or removed while the server runs are seen by the next session.
     */
    public DiagramModels(Supplier<List<CustomStepType>> customStepTypes) {
        this.customStepTypes = customStepTypes;
    }

    /** Adds {@code model}; fails when its key is taken. */
    public void add(DiagramModel model) {
        if (byKey.putIfAbsent(model.key(), model) != null) {
            throw new IllegalArgumentException("A model with the key " + model.key() + " is already registered");
        }
    }

    /** Removes {@code model}. */
    public void remove(DiagramModel model) {
        byKey.remove(model.key(), model);
        memos.remove(model);
    }

    /** What the diagrams of {@code model} remember of layouts computed for them, shared by every session. */
    public LayoutMemo memoOf(DiagramModel model) {
        return memos.computeIfAbsent(model, m -> new LayoutMemo());
    }

    /** The model registered under {@code key}. */
    public Optional<DiagramModel> get(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** Every registered model. */
    public Collection<DiagramModel> all() {
        return List.copyOf(byKey.values());
    }

    /** The step types contributed by extensions, which flow palettes offer and flow diagrams draw as known. */
    public List<CustomStepType> customStepTypes() {
        return customStepTypes.get();
    }
}
