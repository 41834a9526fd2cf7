package org.flowpilot.interop;

import java.nio.file.Path;

/** What one file's import did: its kind and how many elements (profiles, ESP configurations or devices) it set. */
public record ImportResult(Path file, InputKind kind, int elements) {
}
