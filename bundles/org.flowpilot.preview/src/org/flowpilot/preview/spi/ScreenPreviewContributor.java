package org.flowpilot.preview.spi;

import org.flowpilot.engine.StepRecord;

/**
 * Draws the screen of steps an extension contributes (custom steps whose executor names a screen of its own). The
 * contributor says what the screen shows; the renderer lays it out in the look of the step's Windows version and
 * keeps the markup contract, so contributed screens appear in the workbench's Screen preview, the browser and the
 * HTML run report like the built-in ones.
 * <p>
 * Contribute one outside OSGi in {@code META-INF/services/org.flowpilot.preview.spi.ScreenPreviewContributor}; in
 * OSGi, register it as a service of this interface. A contributor must be deterministic and fast (a preview renders
 * in milliseconds) and must not reach the network. When several contributors draw one record, the first one found
 * wins; built-in screens cannot be replaced.
 * <p>
 * This package is versioned on its own ({@code org.flowpilot.preview.spi}, version 1.0.0): methods may be added with
 * default implementations in minor versions; anything else changes the major version.
 *
 * @since 1.0
 */
public interface ScreenPreviewContributor {

    /** Whether this contributor draws the screen of {@code record}; usually a test of {@code record.screenId()}. */
    boolean draws(StepRecord record);

    /** What the screen of {@code record} shows, in the wording of {@code context.windows()}. */
    ScreenContent content(StepRecord record, PreviewContext context);
}
