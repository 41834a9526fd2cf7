package org.flowpilot.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.persistence.AtomicFiles;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.persistence.ModelFileException;

/**
 * An {@code .autopilot} model file, read whole and written back atomically. What imports keep for later exports
 * (Graph ids, timestamps, unknown properties) is part of the model, so the file alone holds everything.
 */
public final class ModelDocument {

    private final Path path;
    private final AutopilotModel model;

    private ModelDocument(Path path, AutopilotModel model) {
        this.path = path;
        this.model = model;
    }

    /** Reads the model at {@code path}, which must exist. */
    public static ModelDocument open(Path path) throws InteropException {
        if (!Files.isRegularFile(path)) {
            throw new InteropException(path + ": no such model file");
        }
        try {
            return new ModelDocument(path, AutopilotPersistence.load(path));
        } catch (ModelFileException e) {
            throw new InteropException(e.getMessage());
        }
    }

    /** Reads the model at {@code path}, or starts an empty one named after the file when there is none. */
    public static ModelDocument openOrCreate(Path path) throws InteropException {
        if (Files.exists(path)) {
            return open(path);
        }
        Resource resource = AutopilotPersistence.newResourceSet()
                .createResource(URI.createFileURI(path.toAbsolutePath().toString()));
        AutopilotModel model = FlowpilotFactory.eINSTANCE.createAutopilotModel();
        model.setName(path.getFileName().toString().replaceFirst("\\.autopilot$", ""));
        resource.getContents().add(model);
        return new ModelDocument(path, model);
    }

    /**
     * The document of a model already in memory, such as the one an editor has open, saved to {@code path}; imports
     * into it change that model.
     */
    public static ModelDocument of(AutopilotModel model, Path path) {
        return new ModelDocument(path, model);
    }

    /**
     * A new empty model named {@code name} that no file backs, to import into and read, as {@code diff} does with
     * the inputs it compares; {@link #save()} refuses it.
     */
    public static ModelDocument inMemory(String name) {
        Resource resource = AutopilotPersistence.newResourceSet()
                .createResource(URI.createURI("memory:/" + URI.encodeSegment(name, false) + ".autopilot"));
        AutopilotModel model = FlowpilotFactory.eINSTANCE.createAutopilotModel();
        model.setName(name);
        resource.getContents().add(model);
        return new ModelDocument(null, model);
    }

    /** The file the model is read from and saved to; null for a model {@linkplain #inMemory(String) in memory}. */
    public Path path() {
        return path;
    }

    /** The model. */
    public AutopilotModel model() {
        return model;
    }

    /** Writes the model through a temporary file moved into place. */
    public void save() throws InteropException {
        if (path == null) {
            throw new InteropException("model '" + model.getName() + "' is in memory only and cannot be saved");
        }
        try {
            AtomicFiles.save(model.eResource(), path);
        } catch (IOException e) {
            throw new InteropException(path + ": cannot write the model: " + oneLine(e));
        }
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
