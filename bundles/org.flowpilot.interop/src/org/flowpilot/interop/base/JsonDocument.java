package org.flowpilot.interop.base;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A JSON file read with Gson's streaming reader into Gson's tree, remembering where each value starts so that
 * errors and warnings can name the line and column. A YAML file (as Intune-as-code tools write) is read into the
 * same tree, so everything downstream reads both alike.
 */
public final class JsonDocument {

    private static final String ANY_TOKEN = "unexpected text, expected a property name or a value: a string in"
            + " double quotes, number, object, array, true, false or null (JSON has no comments, single quotes or"
            + " trailing commas)";
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("Expected value",
                "unexpected value, expected a string, number, object, array, true, false or null");
        EXPECTED.put("Expected ':'", "expected ':' between a property name and its value");
        EXPECTED.put("Expected name", "expected a property name in double quotes (JSON has no comma after the last"
                + " property)");
        EXPECTED.put("Unterminated object", "expected ',' or '}' after a property value");
        EXPECTED.put("Unterminated array", "expected ',' or ']' after an array item");
        EXPECTED.put("Unterminated string", "expected the closing quotation mark of a string");
        EXPECTED.put("Invalid escape sequence", "expected an escape such as \\\", \\\\, \\n or \\uXXXX after a"
                + " backslash in a string");
        EXPECTED.put("Unescaped control characters", "a line break or other control character inside a string;"
                + " expected it escaped, such as \\n");
        // Strict mode reports everything only lenient mode accepts (comments, single quotes, bare words) this way.
        EXPECTED.put("Use JsonReader.setStrictness", ANY_TOKEN);
    }

    private static final Pattern GSON_LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private final String fileName;
    private final String text;
    private final int[] lineStarts;
    private final Map<JsonElement, Integer> offsets = new IdentityHashMap<>();
    private JsonElement root;

    private JsonDocument(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** Parses {@code text}, strictly (RFC 8259), as the content of the file called {@code fileName}. */
    public static JsonDocument parse(String fileName, String text) throws InteropException {
        JsonDocument document = new JsonDocument(fileName, text);
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            document.root = document.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw document.errorAtOffset(reader.getCharacterOffset(), "expected the end of the JSON document");
            }
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            throw document.malformed(e.getMessage(), reader);
        } catch (EOFException e) {
            throw document.errorAtOffset(text.length(), "the JSON ends too early: a value, bracket or brace is"
                    + " missing");
        } catch (IOException e) {
            throw new InteropException(fileName + ": cannot read the JSON: " + e.getMessage());
        }
        return document;
    }

    /**
     * Parses {@code text}, a single YAML document of mappings, sequences and plain scalars, as the content of the
     * file called {@code fileName}. Loading is safe: no object is ever constructed from a tag, and anything beyond
     * what JSON can hold (custom tags, merge keys, duplicate keys, NaN) is an error naming the line.
     */
    public static JsonDocument parseYaml(String fileName, String text) throws InteropException {
        JsonDocument document = new JsonDocument(fileName, text);
        document.root = new YamlTree(document).read(text);
        return document;
    }

    /** The name of the file, as used in messages. */
    public String fileName() {
        return fileName;
    }

    /** The top-level value. */
    public JsonElement root() {
        return root;
    }

    /** Where {@code element} starts, such as {@code line 3, column 17}; the document start if unknown. */
    public String where(JsonElement element) {
        Integer offset = offsets.get(element);
        return position(offset == null ? 0 : offset);
    }

    /** A one-line error about {@code element}: the file, the line and column, then {@code message}. */
    public InteropException error(JsonElement element, String message) {
        return new InteropException(fileName + ": " + where(element) + ": " + message);
    }

    /** A one-line warning about {@code element}: the file, the line and column, then {@code message}. */
    public String warning(JsonElement element, String message) {
        return fileName + ": " + where(element) + ": warning: " + message;
    }

    private JsonElement read(JsonReader reader) throws IOException, InteropException {
        JsonToken token = reader.peek();
        long offset = reader.getCharacterOffset();
        JsonElement element = switch (token) {
            case BEGIN_OBJECT -> {
                // The reader has consumed the opening brace; the value starts one character before.
                offset--;
                reader.beginObject();
                JsonObject object = new JsonObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    object.add(name, read(reader));
                }
                reader.endObject();
                yield object;
            }
            case BEGIN_ARRAY -> {
                offset--;
                reader.beginArray();
                JsonArray array = new JsonArray();
                while (reader.hasNext()) {
                    array.add(read(reader));
                }
                reader.endArray();
                yield array;
            }
            case STRING -> {
                offset--;
                String value = reader.nextString();
                String unstorable = unstorableCharacter(value);
                if (unstorable != null) {
                    throw errorAtOffset(offset, "the string holds " + unstorable + ", which a model file (XML 1.0)"
                            + " cannot store");
                }
                yield new JsonPrimitive(value);
            }
            case NUMBER -> {
                String literal = reader.nextString();
                // Gson consumes whole numbers that fit a long while peeking, but not the others.
                if (!text.startsWith(literal, (int) offset)) {
                    offset -= literal.length();
                }
                yield new JsonPrimitive(new BigDecimal(literal));
            }
            case BOOLEAN -> {
                boolean value = reader.nextBoolean();
                // Gson consumes the keyword while peeking.
                offset -= value ? "true".length() : "false".length();
                yield new JsonPrimitive(value);
            }
            case NULL -> {
                reader.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("Expected a value");
        };
        if (!element.isJsonNull()) {
            offsets.put(element, (int) Math.max(0, offset));
        }
        return element;
    }

    // JSON escapes can carry characters XML 1.0 has no place for (control characters, lone surrogates); a model
    // that took one could not be saved, so the import refuses them where they are.
    private static String unstorableCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            return String.format(Locale.ROOT, "the character U+%04X", (int) c);
        }
        return null;
    }

    private InteropException malformed(String gsonMessage, JsonReader reader) {
        String message = gsonMessage == null ? "" : gsonMessage.lines().findFirst().orElse("");
        Matcher location = GSON_LOCATION.matcher(message);
        String where;
        if (location.find()) {
            where = "line " + location.group(1) + ", column " + location.group(2);
            message = message.substring(0, location.start());
        } else {
            where = position(reader.getCharacterOffset());
        }
        return new InteropException(fileName + ": " + where + ": malformed JSON: " + whatWasExpected(message));
    }

    // Gson's messages name its own states; a person needs to hear what JSON wanted at that place.
    private static String whatWasExpected(String gsonMessage) {
        for (Map.Entry<String, String> known : EXPECTED.entrySet()) {
            if (gsonMessage.startsWith(known.getKey())) {
                return known.getValue();
            }
        }
        return gsonMessage.isBlank() ? ANY_TOKEN
                : Character.toLowerCase(gsonMessage.charAt(0)) + gsonMessage.substring(1);
    }

    /** Records where {@code element}, read by another parser, starts: at {@code line} and {@code column}, 0-based. */
    void place(JsonElement element, int line, int column) {
        if (!element.isJsonNull() && line < lineStarts.length) {
            offsets.put(element, lineStarts[line] + column);
        }
    }

    /** A one-line error at {@code line} and {@code column}, 0-based. */
    InteropException errorAt(int line, int column, String message) {
        int offset = line < lineStarts.length ? lineStarts[line] + column : text.length();
        return errorAtOffset(offset, message);
    }

    private InteropException errorAtOffset(long offset, String message) {
        return new InteropException(fileName + ": " + position(offset) + ": " + message);
    }

    private String position(long offset) {
        int clamped = (int) Math.min(Math.max(offset, 0), text.length());
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return "line " + (line + 1) + ", column " + (clamped - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
