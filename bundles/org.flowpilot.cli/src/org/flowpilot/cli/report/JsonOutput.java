package org.flowpilot.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * How every command writes JSON: Gson's tree written with Gson's {@link JsonWriter}, indented by two spaces, nulls
 * kept (the contracts have them) and no HTML escapes. The writer alone, rather than a {@code Gson} instance, saves
 * the command line the 50 ms or so Gson takes to set up its type adapters, which a tree does not need.
 */
public final class JsonOutput {

    private JsonOutput() {
    }

    /** {@code element} as indented JSON text, ending with a line break. */
    public static String toJson(JsonElement element) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = writer(text)) {
            write(writer, element);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return text.append('\n').toString();
    }

    /** A writer of JSON to {@code out} set up as every command writes it, for output too large for a tree. */
    public static JsonWriter writer(Writer out) {
        JsonWriter writer = new JsonWriter(out);
        writer.setIndent("  ");
        writer.setSerializeNulls(true);
        writer.setHtmlSafe(false);
        return writer;
    }

    private static void write(JsonWriter writer, JsonElement element) throws IOException {
        if (element == null || element.isJsonNull()) {
            writer.nullValue();
        } else if (element instanceof JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                writer.value(primitive.getAsBoolean());
            } else if (primitive.isNumber()) {
                writer.value(primitive.getAsNumber());
            } else {
                writer.value(primitive.getAsString());
            }
        } else if (element instanceof JsonArray array) {
            writer.beginArray();
            for (JsonElement item : array) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            writer.beginObject();
            for (Map.Entry<String, JsonElement> member : ((JsonObject) element).entrySet()) {
                writer.name(member.getKey());
                write(writer, member.getValue());
            }
            writer.endObject();
        }
    }
}
