package org.flowpilot.model.persistence;

import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A model file that cannot be loaded. The message is one line for the person at the keyboard: the file, the line
 * and column where the parser stopped (when it knows them), and what is wrong.
 */
public final class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file has a document type declaration; Flowpilot never reads DTDs or expands entities. */
        DOCTYPE_REFUSED,
        /** The file is not well-formed XML. */
        MALFORMED_XML,
        /** Well-formed XML that does not match the Flowpilot metamodel (an unknown element, attribute or type). */
        UNKNOWN_CONTENT,
        /** The file holds no Flowpilot model. */
        NOT_A_MODEL,
        /** The file cannot be read at all (missing, a folder, no permission). */
        UNREADABLE
    }

    private final String file;
    private final int line;
    private final int column;
    private final Problem problem;
    private final String detail;

    ModelFileException(String file, int line, int column, Problem problem, String detail, Throwable cause) {
        super(cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.detail = detail;
    }

    /**
     * Why {@code resource} failed to load with {@code failure}, for callers that load through their own resource set
     * (such as an editor): the file named {@code fileName}, the line and column of the first error, what is wrong.
     */
    public static ModelFileException of(String fileName, Resource resource, Exception failure) {
        return LoadFailures.describe(fileName, resource, failure);
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** The line the parser stopped at, or 0 when it is not known. */
    public int line() {
        return line;
    }

    /** The column the parser stopped at, or 0 when it is not known. */
    public int column() {
        return column;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** What is wrong, in words, without the file and the position. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(file).append(": ");
        if (line > 0) {
            message.append("line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
            message.append(": ");
        }
        return oneLine(message.append(detail).toString());
    }

    /**
     * {@code text} on one line: line breaks and other control characters, which a file's content can bring into a
     * message, written as Java escapes (backslash n, r, t, or u and four hex digits).
     */
    public static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }
}
