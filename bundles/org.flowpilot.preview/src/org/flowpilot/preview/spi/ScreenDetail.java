package org.flowpilot.preview.spi;

import java.util.Objects;

/**
 * One labelled value on a screen preview, such as the organization on the pre-provisioning page.
 *
 * @param label what the value is
 * @param value the value as shown
 * @since 1.0
 */
public record ScreenDetail(String label, String value) {

    /** Checks that both parts are there. */
    public ScreenDetail {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
