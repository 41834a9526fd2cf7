package org.flowpilot.preview.internal;

import java.util.List;
import java.util.Locale;

import org.flowpilot.engine.StepRecord;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenPreviewContributor;

/** The content of extension screens no contributor draws, or whose contributor failed. */
public final class ExtensionPages {

    private ExtensionPages() {
    }

    /** A plain page for an extension's screen: the step's name, its message and the buttons the record lists. */
    public static ScreenContent plain(StepRecord record) {
        ScreenContent.Builder builder = ScreenContent.builder(record.screenId(), record.name())
                .message(record.message());
        List<String> labels = record.buttons();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            builder.button(i == labels.size() - 1 ? ScreenButton.primary(id, label) : ScreenButton.secondary(id, label));
        }
        return builder.build();
    }

    /** A page saying that {@code contributor} failed to draw the screen, naming it and the error. */
    public static ScreenContent failed(StepRecord record, ScreenPreviewContributor contributor, RuntimeException e) {
        return ScreenContent.builder(record.screenId(), record.name())
                .message("The preview of this screen failed in " + contributor.getClass().getName() + ": " + e)
                .build();
    }
}
