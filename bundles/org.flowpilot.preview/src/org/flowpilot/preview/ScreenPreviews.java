package org.flowpilot.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.flowpilot.engine.StepRecord;
import org.flowpilot.preview.internal.Art;
import org.flowpilot.preview.internal.ExtensionPages;
import org.flowpilot.preview.internal.Page;
import org.flowpilot.preview.internal.PageRenderer;
import org.flowpilot.preview.internal.RecordPages;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenPreviewContributor;

/**
 * Turns step records into screen previews: HTML and CSS that look like the Windows 10 or Windows 11 screen the
 * person saw at that step, drawn from the engine's screen catalogue. Plain Java, no SWT: the workbench's Screen
 * preview, the browser diagrams and the HTML run report all use it. Thread-safe and immutable.
 * <p>
 * The markup contract: each screen is a {@code <section class="screen" data-screen="ID" data-windows="10|11">};
 * buttons and chevrons are {@code <button>} elements carrying their label as text or {@code aria-label}; the
 * sign-in name is an {@code <input>} whose {@code value} is the pre-filled name (empty when none); each ESP phase is
 * an element with {@code data-esp-phase} and {@code data-state}.
 */
public final class ScreenPreviews {

    private final List<ScreenPreviewContributor> contributors;

    private ScreenPreviews(List<ScreenPreviewContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The built-in screens and the contributors {@link ServiceLoader} finds through this bundle's class loader. */
    public static ScreenPreviews standard() {
        List<ScreenPreviewContributor> found = new ArrayList<>();
        ServiceLoader.load(ScreenPreviewContributor.class, ScreenPreviews.class.getClassLoader()).forEach(found::add);
        return new ScreenPreviews(found);
    }

    /** The built-in screens and {@code contributors}, asked in order for the screens of extension steps. */
    public static ScreenPreviews with(List<? extends ScreenPreviewContributor> contributors) {
        return new ScreenPreviews(new ArrayList<>(contributors));
    }

    /** Whether {@code record} has a screen to preview: a screen of the catalogue or an extension's was on display. */
    public boolean hasScreen(StepRecord record) {
        return record.shown() && record.screenId() != null;
    }

    /**
     * The screen of {@code record} as its {@code <section class="screen">}, to place in a page that includes
     * {@link #stylesheet()}; empty when the step showed no screen.
     */
    public Optional<String> section(StepRecord record, PreviewContext context) {
        return page(record, context).map(PageRenderer::section);
    }

    /** The screen of {@code record} as a self-contained HTML document; empty when the step showed no screen. */
    public Optional<String> document(StepRecord record, PreviewContext context) {
        return page(record, context).map(page -> PageRenderer.document(page, record.step() + ". " + record.name()));
    }

    /** The CSS every section needs, for both Windows versions; it loads nothing from outside the page. */
    public static String stylesheet() {
        return PageRenderer.stylesheet();
    }

    private Optional<Page> page(StepRecord record, PreviewContext context) {
        if (!hasScreen(record)) {
            return Optional.empty();
        }
        if (RecordPages.draws(record)) {
            return Optional.of(RecordPages.page(record, context));
        }
        ScreenPreviewContributor contributor = contributorFor(record);
        ScreenContent content;
        if (contributor == null) {
            content = ExtensionPages.plain(record);
        } else {
            try {
                content = contributor.content(record, context);
            } catch (RuntimeException e) {
                // A faulty contribution costs its own screen only, never the view or the report around it.
                content = ExtensionPages.failed(record, contributor, e);
            }
        }
        return Optional.of(new Page.Oobe(context.windows(), Art.PUZZLE, content, null));
    }

    private ScreenPreviewContributor contributorFor(StepRecord record) {
        for (ScreenPreviewContributor contributor : contributors) {
            try {
                if (contributor.draws(record)) {
                    return contributor;
                }
            } catch (RuntimeException e) {
                // One faulty contributor does not keep the others from drawing.
            }
        }
        return null;
    }
}
