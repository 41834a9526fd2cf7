package org.flowpilot.ui.editor;

import java.util.List;

import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.validation.ModelProblem;

/** Hears what happens to the model of a model editor beyond commands: reloads and validations. */
public interface ModelEditorListener {

    /** The file changed on disk and the editor read it again: {@code model} replaces the previous model. */
    default void modelReloaded(AutopilotModel model) {
    }

    /** A validation finished with {@code problems}. */
    default void validated(List<ModelProblem> problems) {
    }
}
