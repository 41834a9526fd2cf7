package org.flowpilot.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;
import org.flowpilot.model.persistence.AtomicFiles;
import org.flowpilot.model.persistence.AutopilotResourceFactory;
import org.xml.sax.SAXParseException;

/**
 * A model file with its layout sidecar, opened on an editing domain of its own: what {@code flowpilot serve} edits,
 * and what tests and benchmarks use. Saving writes both files atomically.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Opens {@code file} and its sidecar as a diagram model under {@code key}; fails with a message that names the file
     * and, for malformed XML, the line.
     */
    public static DiagramModel open(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BasicCommandStack commandStack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                AutopilotItemProviders.createAdapterFactory(), commandStack);
        domain.getResourceSet().getPackageRegistry().put(FlowpilotPackage.eNS_URI, FlowpilotPackage.eINSTANCE);
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new AutopilotResourceFactory());
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = domain.getResourceSet().createResource(uri);
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + describe(resource, e), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel)) {
            throw new IOException(file + ": holds no Flowpilot model");
        }
        DiagramLayout layout = DiagramLayout.read(DiagramLayout.sidecarOf(file));
        return new DiagramModel(key, domain, resource, layout, ModelAccess.serialized(), model -> save(model, file));
    }

    /** Writes the model to {@code file} and its layout beside it, both atomically, and marks the model saved. */
    public static void save(DiagramModel model, Path file) throws IOException {
        AtomicFiles.save(model.resource(), file);
        Path sidecar = DiagramLayout.sidecarOf(file);
        // A model never laid out by hand gets no sidecar: ELK gives the same layout every time it opens.
        if (model.layout().isEmpty()) {
            Files.deleteIfExists(sidecar);
        } else {
            model.layout().write(sidecar);
        }
        if (model.editingDomain().getCommandStack() instanceof BasicCommandStack stack) {
            stack.saveIsDone();
        }
    }

    private static String describe(Resource resource, Exception e) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic diagnostic = resource.getErrors().get(0);
            String message = diagnostic instanceof Throwable wrapper
                    && wrapper.getCause() instanceof SAXParseException parse ? parse.getMessage()
                            : diagnostic.getMessage();
            // EMF appends "(uri, line, column)"; the line and column are said once, plainly.
            message = message.replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
            return message + " (line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ")";
        }
        Throwable deepest = e;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
    }
}
