package org.flowpilot.model.persistence;

import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/**
 * Where and why a model file could not be read, found in one place for every caller (the command line, the editor):
 * EMF wraps the XML parser's error, and its line and column are what let a person find the broken spot.
 *
 * @param line the 1-based line, or 0 when the parser gave none
 * @param column the 1-based column, or 0 when the parser gave none
 * @param message the parser's own message, without EMF's repetition of the file's ids
 */
public record LoadProblem(int line, int column, String message) {

    /** The problem behind {@code failure}, looking through the causes EMF wraps it in; empty when none has a line. */
    public static Optional<LoadProblem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
                return Optional.of(of(diagnostic));
            }
            if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
                return Optional.of(new LoadProblem(parse.getLineNumber(), Math.max(0, parse.getColumnNumber()),
                        parse.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The problem a resource reports among its errors. */
    public static LoadProblem of(Resource.Diagnostic diagnostic) {
        String message = diagnostic.getMessage();
        // EMF's message repeats the parser exception with its public and system ids; the parser's own is plain.
        if (diagnostic instanceof Throwable wrapper && wrapper.getCause() instanceof SAXParseException parse) {
            message = parse.getMessage();
        }
        return new LoadProblem(Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()), message);
    }

    /** The position in words, such as {@code line 12, column 7}, or {@code line 12} without a column. */
    public String where() {
        return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }
}
