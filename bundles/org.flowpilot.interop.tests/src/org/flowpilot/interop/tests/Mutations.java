package org.flowpilot.interop.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random damage to a valid file, as a list of edits a person (or a broken tool) could make: truncation, deleted,
 * inserted, overwritten and duplicated bytes. Positions are fractions of the content's length, so a shrunk
 * counterexample stays readable and the same edits apply to any file.
 */
public final class Mutations {

    /** What one edit does. */
    public enum Kind {
        TRUNCATE, DELETE, INSERT, REPLACE, DUPLICATE
    }

    /** One edit at {@code position} (0 to 1 of the length) of {@code length} bytes, or inserting {@code bytes}. */
    public record Mutation(Kind kind, double position, int length, byte[] bytes) {
        @Override
        public String toString() {
            return kind + "@" + String.format("%.3f", position) + (kind == Kind.INSERT || kind == Kind.REPLACE
                    ? " \"" + new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n")
                            + "\"" : "x" + length);
        }
    }

    // Tokens that matter to JSON, CSV or XML, and bytes that trouble decoders.
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\n", "\r\n", "\t",
            " ", "<", ">", "/>", "&", "&amp;", "'", "0", "-1", "1e999", "9223372036854775808", "null", "true", "false",
            "\"\"", "{}", "[]", "\u0000", "\u00ff", "\u00e9", "\uFEFF", "<!DOCTYPE a>", "<![CDATA[", "]]>", "--",
            "\"@odata.type\"", "\"value\"", ",,", "Device Serial Number", "=\"", "xmi:id=\"x\"");

    private Mutations() {
    }

    /** One to four edits. */
    public static Arbitrary<List<Mutation>> edits() {
        Arbitrary<byte[]> token = Arbitraries.of(TOKENS).map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64),
                Arbitraries.frequencyOf(Tuple.of(3, token), Tuple.of(1, random))).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** {@code content} with {@code edits} applied in order. */
    public static byte[] apply(byte[] content, List<Mutation> edits) {
        byte[] result = content;
        for (Mutation edit : edits) {
            result = apply(result, edit);
        }
        return result;
    }

    private static byte[] apply(byte[] content, Mutation edit) {
        int at = (int) Math.min(content.length, Math.round(edit.position() * content.length));
        int end = Math.min(content.length, at + edit.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        switch (edit.kind()) {
            case TRUNCATE -> out.write(content, 0, at);
            case DELETE -> {
                out.write(content, 0, at);
                out.write(content, end, content.length - end);
            }
            case INSERT -> {
                out.write(content, 0, at);
                out.writeBytes(edit.bytes());
                out.write(content, at, content.length - at);
            }
            case REPLACE -> {
                out.write(content, 0, at);
                out.writeBytes(edit.bytes());
                int after = Math.min(content.length, at + edit.bytes().length);
                out.write(content, after, content.length - after);
            }
            case DUPLICATE -> {
                out.write(content, 0, end);
                out.write(content, at, content.length - at);
            }
        }
        return out.toByteArray();
    }
}
