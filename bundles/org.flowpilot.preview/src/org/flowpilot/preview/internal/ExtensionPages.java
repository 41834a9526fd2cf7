package org.flowpilot.preview.internal;

import java.util.List;
import java.util.Locale;

import org.flowpilot.engine.StepRecord;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;

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

    /**
     * A page saying why the contributor of the screen could not draw it ({@code why} names it, its bundle and the
     * error), with the buttons the record lists.
     */
    public static ScreenContent failed(StepRecord record, String why) {
        ScreenContent plain = plain(record);
        return new ScreenContent(plain.screenId(), plain.title(), why, List.of(), -1, List.of(), null,
                plain.buttons());
    }
}
