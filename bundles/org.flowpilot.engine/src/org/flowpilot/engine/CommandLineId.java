package org.flowpilot.engine;

import java.util.List;
import java.util.Locale;

/**
 * An enum constant with the lower-case name the command line and JSON use, such as {@code continue-anyway}.
 *
 * @since 1.0
 */
public interface CommandLineId {

    /** The identifier used on the command line and in JSON. */
    String id();

    /**
     * The constant of {@code type} named {@code id}, in any case.
     *
     * @param what what the constants are, in words, for the message when there is none, e.g. {@code "network"}
     * @throws IllegalArgumentException naming the identifiers there are
     */
    static <E extends Enum<E> & CommandLineId> E fromId(Class<E> type, String id, String what) {
        String wanted = id.toLowerCase(Locale.ROOT);
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.id().equals(wanted)) {
                return constant;
            }
        }
        List<String> ids = List.of(constants).stream().map(CommandLineId::id).toList();
        String choices = ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        throw new IllegalArgumentException("Unknown " + what + " '" + id + "': use " + choices);
    }
}
