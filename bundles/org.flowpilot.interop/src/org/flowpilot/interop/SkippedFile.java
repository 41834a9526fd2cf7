package org.flowpilot.interop;

import java.nio.file.Path;

/**
 * A file or folder a folder import left out: {@code detail} says more where there is more to say, such as the
 * {@code @odata.type} found, and is empty otherwise.
 */
public record SkippedFile(Path file, SkipReason reason, String detail) {

    /** One line for people: the reason and the detail. */
    public String describe() {
        return detail.isEmpty() ? reason.label() : reason.label() + " (" + detail + ")";
    }
}
