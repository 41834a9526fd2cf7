package org.flowpilot.example.extension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.StepRecord;

/**
 * Writes each run's trace as JSON Lines, one file per run in the folder named by the system property
 * {@value #FOLDER_PROPERTY} or else the environment variable {@value #FOLDER_VARIABLE}; with neither set it writes
 * nothing. A file, {@code <time>-<flow>-<n>.jsonl}, gets one object per line: {@code run-started}, one {@code step}
 * per step taken, {@code stepped-back}, {@code run-finished}. Each line is appended and the file closed at once, so
 * an interrupted run leaves a readable file.
 */
public class JsonLinesTraceListener implements RunListener {

    /** The system property naming the folder. */
    public static final String FOLDER_PROPERTY = "flowpilot.traces";
    /** The environment variable naming the folder, when the property is not set. */
    public static final String FOLDER_VARIABLE = "FLOWPILOT_TRACES";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final AtomicLong RUNS = new AtomicLong();

    // Weak keys: a run nobody holds any more needs no file name.
    private final Map<Run, Path> files = Collections.synchronizedMap(new WeakHashMap<>());

    /** The folder the traces go to, or null when none is configured. */
    static Path folder() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            folder = System.getenv(FOLDER_VARIABLE);
        }
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    @Override
    public void runStarted(Run run) {
        Path folder = folder();
        if (folder == null) {
            return;
        }
        String flow = run.flow().getName() == null ? "flow" : run.flow().getName();
        Path file = folder.resolve(STAMP.format(Instant.now()) + "-" + slug(flow) + "-" + RUNS.incrementAndGet()
                + ".jsonl");
        files.put(run, file);
        write(run, "{\"event\":\"run-started\",\"flow\":" + quote(flow) + ",\"windows\":"
                + quote(run.scenario().windows().getName()) + ",\"network\":" + quote(run.scenario().network().id())
                + "}");
    }

    @Override
    public void stepExecuted(Run run, StepRecord record) {
        write(run, "{\"event\":\"step\",\"step\":" + record.step() + ",\"kind\":" + quote(record.kind().id())
                + ",\"elementId\":" + quote(record.elementId()) + ",\"name\":" + quote(record.name())
                + ",\"screen\":" + quote(record.screenId()) + ",\"shown\":" + record.shown() + ",\"status\":"
                + quote(record.status().id()) + ",\"clockMinutes\":" + record.clockMinutes() + ",\"reason\":"
                + quote(record.reason()) + "}");
    }

    @Override
    public void steppedBack(Run run, List<StepRecord> undone) {
        write(run, "{\"event\":\"stepped-back\",\"undone\":" + undone.size() + ",\"backTo\":"
                + (undone.isEmpty() ? 0 : undone.get(0).step() - 1) + "}");
    }

    @Override
    public void runFinished(Run run, RunOutcome outcome) {
        write(run, "{\"event\":\"run-finished\",\"outcome\":" + quote(outcome.id()) + ",\"steps\":"
                + run.trace().size() + "}");
        files.remove(run);
    }

    private void write(Run run, String line) {
        Path file = files.get(run);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The engine records what a listener throws, naming it and its bundle: say which file failed.
            throw new UncheckedIOException("Cannot write the run trace " + file + ": " + e.getMessage(), e);
        }
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "flow" : slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    /** {@code value} as a JSON string, or {@code null}. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
