package org.flowpilot.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.internal.csv.HardwareHashCsv;
import org.flowpilot.interop.internal.graph.GraphJsonWriter;
import org.flowpilot.interop.internal.graph.GraphWriteOptions;
import org.flowpilot.interop.internal.offline.OfflineConfigFile;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.persistence.AtomicFiles;

/** Writes a model in one of the {@link ExportFormat}s. */
public final class ModelExporter {

    private ModelExporter() {
    }

    /** The content of {@code source} in {@code format}. */
    public static byte[] export(ModelDocument source, ExportFormat format, ExportOptions options)
            throws InteropException {
        AutopilotModel model = source.model();
        return switch (format) {
            case GRAPH_JSON -> GraphJsonWriter.write(model, new GraphWriteOptions(
                    options.shape() != GraphShape.DEPRECATED, options.shape() != GraphShape.CURRENT,
                    !options.includeReadOnly())).getBytes(StandardCharsets.UTF_8);
            case CSV -> HardwareHashCsv.write(model);
            case AUTOPILOT_CONFIG -> OfflineConfigFile.write(profile(model, options.profileName()), options.tenantId(),
                    options.tenantDomain());
        };
    }

    /** Writes {@code source} in {@code format} to {@code out}, replacing it atomically only on success. */
    public static void exportTo(ModelDocument source, ExportFormat format, ExportOptions options, Path out)
            throws InteropException {
        byte[] content = export(source, format, options);
        try {
            AtomicFiles.write(out, content);
        } catch (IOException e) {
            throw new InteropException(out + ": cannot write: " + ModelDocument.oneLine(e));
        }
    }

    private static DeploymentProfile profile(AutopilotModel model, String name) throws InteropException {
        String names = model.getProfiles().stream().map(p -> "'" + p.getName() + "'").collect(Collectors.joining(", "));
        if (name == null) {
            if (model.getProfiles().size() != 1) {
                throw new InteropException("the model has " + model.getProfiles().size() + " deployment profiles ("
                        + names + "); " + OfflineConfigFile.FILE_NAME + " holds one: choose it with --profile");
            }
            return model.getProfiles().get(0);
        }
        return model.getProfiles().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new InteropException("no deployment profile named '" + name + "'; the model has "
                        + names));
    }
}
