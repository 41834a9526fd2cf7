package org.flowpilot.interop.base;

import java.util.ArrayList;
import java.util.List;

import org.flowpilot.model.persistence.ModelFileException;

/** The warnings of one import: input that was accepted but deserves a look, such as unknown JSON properties. */
public final class Warnings {

    private final List<String> messages = new ArrayList<>();

    /** Adds a one-line warning that already names the file and the place. */
    public void add(String message) {
        messages.add(ModelFileException.oneLine(message));
    }

    /** The warnings in the order they were found. */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
