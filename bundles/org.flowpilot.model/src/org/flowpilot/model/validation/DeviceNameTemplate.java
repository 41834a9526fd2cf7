package org.flowpilot.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device name template rules of the Intune admin center: at most 15 characters, letters, digits and hyphens,
 * the macros %SERIAL% and %RAND:x%, and not only digits.
 */
public final class DeviceNameTemplate {

    /** The longest computer name Windows accepts. */
    public static final int MAX_LENGTH = 15;

    private static final Pattern MACRO = Pattern.compile("%([^%]*)%");
    private static final Pattern RANDOM = Pattern.compile("RAND:([1-9][0-9]?)");
    private static final Pattern ALLOWED_TEXT = Pattern.compile("[A-Za-z0-9-]*");
    // A serial-number macro still leaves at least this many characters of the serial in the name.
    private static final int SHORTEST_SERIAL_PART = 1;

    private DeviceNameTemplate() {
    }

    /** The problems of a template, worded for an admin; empty when the template is valid. */
    static Problems check(String template) {
        Problems problems = new Problems();
        Matcher macros = MACRO.matcher(template);
        StringBuilder literal = new StringBuilder();
        int length = 0;
        int last = 0;
        boolean unique = false;
        boolean onlyDigits = true;
        while (macros.find()) {
            literal.append(template, last, macros.start());
            String macro = macros.group(1);
            Matcher random = RANDOM.matcher(macro);
            if (macro.equals("SERIAL")) {
                length += SHORTEST_SERIAL_PART;
                unique = true;
                onlyDigits = false;
            } else if (random.matches()) {
                length += Integer.parseInt(random.group(1));
                unique = true;
            } else {
                problems.macros.add("'%" + macro + "%' is not a macro Intune knows: use %SERIAL% or %RAND:x%"
                        + " with x the number of random digits");
            }
            last = macros.end();
        }
        literal.append(template.substring(last));
        length += literal.length();
        if (!ALLOWED_TEXT.matcher(literal).matches()) {
            problems.characters = true;
        }
        if (literal.toString().contains("%")) {
            problems.macros.add("a '%' does not start a complete %SERIAL% or %RAND:x% macro");
        }
        if (!unique && problems.macros.isEmpty()) {
            problems.macros.add("it has no %SERIAL% or %RAND:x% macro, so every device gets the same name");
        }
        problems.length = length;
        problems.onlyDigits = onlyDigits && literal.chars().allMatch(Character::isDigit);
        return problems;
    }

    static final class Problems {
        final List<String> macros = new ArrayList<>();
        boolean characters;
        boolean onlyDigits;
        int length;
    }
}
