package org.flowpilot.preview;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.contribution.ContributionCalls;
import org.flowpilot.model.contribution.ContributionFailure;
import org.flowpilot.model.contribution.Contributions;
import org.flowpilot.model.contribution.ServiceLoaders;
import org.flowpilot.preview.internal.Art;
import org.flowpilot.preview.internal.ContributorRegistry;
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
 * preview, the browser diagrams and the HTML run report all use it. Thread-safe.
 * <p>
 * The screens of extension steps come from {@link ScreenPreviewContributor}s, each call bounded in time: a
 * contributor that throws costs its own screen only, and one that does not answer in time is not asked again by
 * this instance; either way the screen says which contribution of which bundle failed.
 * <p>
 * The markup contract: each screen is a {@code <section class="screen" data-screen="ID" data-windows="10|11">};
 * buttons and chevrons are {@code <button>} elements carrying their label as text or {@code aria-label}; the
 * sign-in name is an {@code <input>} whose {@code value} is the pre-filled name (empty when none); each ESP phase is
 * an element with {@code data-esp-phase} and {@code data-state}.
 */
public final class ScreenPreviews {

    /** The time a contributor may take to say whether it draws a screen, or what the screen shows. */
    public static final Duration CONTRIBUTOR_TIMEOUT = Duration.ofSeconds(2);

    private static final String ROLE = "screen preview contributor";

    private static volatile List<ScreenPreviewContributor> onClassPath;

    private final Supplier<List<ScreenPreviewContributor>> contributors;
    private final ContributionCalls calls;
    private final Set<ScreenPreviewContributor> silent = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    private ScreenPreviews(Supplier<List<ScreenPreviewContributor>> contributors, Duration timeout) {
        this.contributors = contributors;
        this.calls = new ContributionCalls(timeout, "screen-preview");
    }

    /**
     * The built-in screens and the contributors installed in this runtime: inside OSGi those in the service
     * registry at the time a screen is drawn (a bundle started or stopped is picked up or dropped), outside OSGi
     * those the {@code META-INF/services} files on the class path list.
     */
    public static ScreenPreviews standard() {
        if (Contributions.loadedByBundle(ScreenPreviews.class)) {
            return new ScreenPreviews(() -> {
                List<ScreenPreviewContributor> bound = ContributorRegistry.bound();
                return bound == null ? List.of() : bound;
            }, CONTRIBUTOR_TIMEOUT);
        }
        List<ScreenPreviewContributor> found = onClassPath;
        if (found == null) {
            // The class path does not change while the JVM runs: look once.
            found = List.copyOf(ServiceLoaders.load(ScreenPreviewContributor.class,
                    ScreenPreviews.class.getClassLoader()));
            onClassPath = found;
        }
        List<ScreenPreviewContributor> fixed = found;
        return new ScreenPreviews(() -> fixed, CONTRIBUTOR_TIMEOUT);
    }

    /** The built-in screens and {@code contributors}, asked in order for the screens of extension steps. */
    public static ScreenPreviews with(List<? extends ScreenPreviewContributor> contributors) {
        return with(contributors, CONTRIBUTOR_TIMEOUT);
    }

    /**
     * The built-in screens and {@code contributors}, asked in order for the screens of extension steps, each call
     * taking {@code timeout} at most.
     */
    public static ScreenPreviews with(List<? extends ScreenPreviewContributor> contributors, Duration timeout) {
        List<ScreenPreviewContributor> fixed = List.copyOf(contributors);
        return new ScreenPreviews(() -> fixed, timeout);
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

    /**
     * A self-contained HTML document titled {@code documentTitle} that shows {@code frameContent} (a section from
     * {@link #section}, or other markup) where {@link #document} shows a screen: in its
     * {@code <main class="screen-frame">}, as large as the window allows at 16:10. A view that shows one screen after
     * another loads this once and replaces the frame's content.
     */
    public static String frame(String documentTitle, String frameContent) {
        return PageRenderer.document(documentTitle, html -> html.raw(frameContent));
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
        return Optional.of(new Page.Oobe(context.windows(), Art.PUZZLE, content(record, context), null));
    }

    // A faulty contribution costs its own screen only, never the view or the report around it.
    private ScreenContent content(StepRecord record, PreviewContext context) {
        String failures = null;
        for (ScreenPreviewContributor contributor : contributors.get()) {
            if (silent.contains(contributor)) {
                failures = join(failures, Contributions.describe(ROLE, contributor) + " did not answer before and"
                        + " is not asked again.");
                continue;
            }
            try {
                if (!calls.call(contributor, ROLE, "being asked whether it draws '" + record.screenId() + "'",
                        () -> contributor.draws(record))) {
                    continue;
                }
                ScreenContent content = calls.call(contributor, ROLE, "drawing '" + record.screenId() + "'",
                        () -> contributor.content(record, context));
                if (content == null) {
                    return ExtensionPages.failed(record, Contributions.describe(ROLE, contributor)
                            + " drew nothing for '" + record.screenId() + "'.");
                }
                return content;
            } catch (ContributionFailure failure) {
                if (failure.kind() == ContributionFailure.Kind.TIMED_OUT) {
                    silent.add(contributor);
                }
                failures = join(failures, failure.getMessage());
            }
        }
        return failures == null ? ExtensionPages.plain(record) : ExtensionPages.failed(record, failures);
    }

    private static String join(String before, String more) {
        return before == null ? more : before + " " + more;
    }
}
