package org.flowpilot.interop.internal.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Typed reading of one JSON object's properties: a value of the wrong type or outside its enumeration is an error at
 * the value's line and column; the properties never asked for are the unknown ones.
 */
public final class JsonFields {

    private final JsonDocument document;
    private final JsonObject json;
    private final String typeName;
    private final Set<String> read = new HashSet<>();
    private final Set<String> kept = new HashSet<>();

    public JsonFields(JsonDocument document, JsonObject json, String typeName) {
        this.document = document;
        this.json = json;
        this.typeName = typeName;
    }

    public JsonObject json() {
        return json;
    }

    /** The file the object was read from, for messages about it. */
    public JsonDocument document() {
        return document;
    }

    /** The value of {@code name}, whatever its type, marked as read; empty when absent or null. */
    public Optional<JsonElement> any(String name) {
        return value(name);
    }

    /** A warning about this object as a whole, naming the file and the object's place. */
    public String warning(String message) {
        return document.warning(json, message);
    }

    /** Whether the object has {@code name} with a value other than null. */
    public boolean has(String name) {
        JsonElement value = json.get(name);
        return value != null && !value.isJsonNull();
    }

    private Optional<JsonElement> value(String name) {
        read.add(name);
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<Boolean> bool(String name) throws InteropException {
        Optional<JsonElement> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonPrimitive primitive && primitive.isBoolean()) {
            return Optional.of(primitive.getAsBoolean());
        }
        throw wrongType(name, value.get(), "a boolean (true or false)");
    }

    public Optional<String> string(String name) throws InteropException {
        Optional<JsonElement> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonPrimitive primitive && primitive.isString()) {
            return Optional.of(primitive.getAsString());
        }
        throw wrongType(name, value.get(), "a string");
    }

    public Optional<Integer> integer(String name) throws InteropException {
        Optional<JsonElement> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonPrimitive primitive && primitive.isNumber()) {
            try {
                return Optional.of(primitive.getAsBigDecimal().intValueExact());
            } catch (ArithmeticException e) {
                // Falls through to the type error: a fraction or a number beyond Int32.
            }
        }
        throw wrongType(name, value.get(), "a whole number (Int32)");
    }

    public <E> Optional<E> choice(String name, Map<String, E> values) throws InteropException {
        Optional<String> value = string(name);
        if (value.isPresent() && !values.containsKey(value.get())) {
            throw document.error(json.get(name), "'" + name + "' of " + typeName + " must be one of "
                    + String.join(", ", values.keySet()) + "; found \"" + value.get() + "\"");
        }
        return value.map(values::get);
    }

    public Optional<Date> timestamp(String name) throws InteropException {
        Optional<String> value = string(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Date.from(OffsetDateTime.parse(value.get()).toInstant()));
        } catch (DateTimeParseException e) {
            throw document.error(json.get(name), "'" + name + "' of " + typeName + " must be a timestamp such as"
                    + " 2024-05-01T09:30:00Z; found \"" + value.get() + "\"");
        }
    }

    public Optional<List<String>> strings(String name) throws InteropException {
        Optional<JsonElement> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof JsonArray array)) {
            throw wrongType(name, value.get(), "an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement item : array) {
            if (!(item instanceof JsonPrimitive primitive && primitive.isString())) {
                throw wrongType(name, item, "an array of strings");
            }
            strings.add(item.getAsString());
        }
        return Optional.of(strings);
    }

    public Optional<JsonFields> object(String name, String objectTypeName) throws InteropException {
        Optional<JsonElement> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof JsonObject object)) {
            throw wrongType(name, value.get(), "an object (" + objectTypeName + ")");
        }
        return Optional.of(new JsonFields(document, object, objectTypeName));
    }

    /** Whether {@code name} was asked for (read or kept). */
    public boolean wasRead(String name) {
        return read.contains(name);
    }

    /** Marks properties the model has no place for but that are documented: copied to the extras silently. */
    public void keep(String... names) {
        for (String name : names) {
            kept.add(name);
            read.add(name);
        }
    }

    /**
     * The kept and unknown properties, in document order, to store as extras; each unknown one is reported as a
     * warning.
     */
    public JsonObject unmodeled(Warnings warnings) {
        JsonObject rest = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            String name = entry.getKey();
            if (!read.contains(name)) {
                warnings.add(document.warning(entry.getValue().isJsonNull() ? json : entry.getValue(),
                        "unknown property '" + name + "' of " + typeName + " is kept and exported unchanged"));
            }
            if (kept.contains(name) || !read.contains(name)) {
                rest.add(name, entry.getValue().deepCopy());
            }
        }
        return rest;
    }

    private InteropException wrongType(String name, JsonElement found, String expected) {
        return document.error(found, "'" + name + "' of " + typeName + " must be " + expected + "; found "
                + describe(found));
    }

    public static String describe(JsonElement found) {
        if (found instanceof JsonPrimitive primitive) {
            if (primitive.isString()) {
                return "the string \"" + abbreviate(primitive.getAsString()) + "\"";
            }
            return (primitive.isBoolean() ? "the boolean " : "the number ") + primitive;
        }
        return found.isJsonArray() ? "an array" : found.isJsonObject() ? "an object" : "null";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
