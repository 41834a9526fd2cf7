package org.flowpilot.model.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator, outside Eclipse, on {@code org.flowpilot.model/model/flowpilot.genmodel}.
 * <p>
 * The generator writes into a scratch copy of the bundles (never into the working tree): the genmodel is first
 * reconciled with the Ecore model, exactly as the EMF "Reload" action does, so that a new class or feature gets its
 * generator settings while the settings already in the genmodel are kept.
 */
public final class ModelCodeGenerator {

    /** The bundles the generator writes into, with the files of each that come from the generator. */
    public static final Map<String, List<String>> GENERATED_FILES = Map.of(
            "org.flowpilot.model", List.of("src-gen", "model/flowpilot.genmodel"),
            "org.flowpilot.model.edit", List.of("src-gen", "plugin.properties"));

    private static final String MODEL_BUNDLE = "org.flowpilot.model";
    private static final String EDIT_BUNDLE = "org.flowpilot.model.edit";

    private ModelCodeGenerator() {
    }

    /**
     * Generates the model and edit code for the genmodel under {@code bundlesDir} into {@code outputRoot}, which
     * receives one folder per generated bundle.
     *
     * @return the folder of each generated bundle, by bundle name
     */
    public static Map<String, Path> generate(Path bundlesDir, Path outputRoot) throws IOException {
        Path modelBundleOut = outputRoot.resolve(MODEL_BUNDLE);
        Path editBundleOut = outputRoot.resolve(EDIT_BUNDLE);
        copyTree(bundlesDir.resolve(MODEL_BUNDLE).resolve("model"), modelBundleOut.resolve("model"));
        Files.createDirectories(editBundleOut);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // The genmodel names its output folders as workspace paths (/org.flowpilot.model/src-gen).
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/", false),
                URI.createFileURI(modelBundleOut.toAbsolutePath() + "/"));
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + EDIT_BUNDLE + "/", false),
                URI.createFileURI(editBundleOut.toAbsolutePath() + "/"));

        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/flowpilot.genmodel", false);
        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/flowpilot.ecore", false);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel committed = (GenModel) genModelResource.getContents().get(0);
        EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.reconcile(committed);
        genModel.getForeignModel().addAll(committed.getForeignModel());
        genModelResource.getContents().set(0, genModel);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModelResource.save(Map.of());

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is not valid: " + validation);
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF code generation failed: " + result);
            }
        }
        return Map.of(MODEL_BUNDLE, modelBundleOut, EDIT_BUNDLE, editBundleOut);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
