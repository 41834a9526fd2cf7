package org.flowpilot.model.persistence;

import org.xml.sax.Locator;

/**
 * Thrown by the model's SAX handler the moment the parser reports a document type declaration: before the internal
 * subset is read and before any external DTD is fetched, so no entity is ever declared, let alone expanded. EMF's
 * {@code startDTD} cannot throw a checked exception, hence an unchecked one, turned into a load error by
 * {@link AutopilotResourceFactory}.
 */
final class DoctypeRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String DETAIL = "a <!DOCTYPE> declaration is not allowed in a Flowpilot model file (DTDs and"
            + " entities are never read); remove it";

    private final int line;
    private final int column;

    DoctypeRefusal(Locator locator) {
        super(DETAIL, null, false, false);
        this.line = locator == null ? 0 : locator.getLineNumber();
        this.column = locator == null ? 0 : locator.getColumnNumber();
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
