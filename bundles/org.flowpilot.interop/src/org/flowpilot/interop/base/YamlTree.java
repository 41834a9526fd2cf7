package org.flowpilot.interop.base;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads YAML into Gson's tree with SnakeYAML's composer: the text becomes nodes with their positions, and only the
 * scalars are given values, by SnakeYAML's safe constructor. No tag ever names a class to instantiate.
 */
final class YamlTree {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_NESTING = 64;
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);
    private static final String GLOBAL_TAG = "Global tag is not allowed: ";
    private static final String PLAIN_DATA = "a backup holds only mappings, lists, strings, numbers, booleans and"
            + " null";

    private final JsonDocument document;
    private final ScalarValues scalars;
    private final Yaml yaml;
    private final Map<Node, Boolean> open = new IdentityHashMap<>();

    YamlTree(JsonDocument document) {
        this.document = document;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowRecursiveKeys(false);
        this.scalars = new ScalarValues(options);
        this.yaml = new Yaml(new SafeConstructor(options));
    }

    JsonElement read(String text) throws InteropException {
        Node root;
        try {
            Iterator<Node> documents = yaml.composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                throw document.errorAt(0, 0, "the YAML holds no document; expected one mapping of properties");
            }
            root = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                throw error(second, "a second YAML document starts here; expected one document per file");
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getContext());
            // SnakeYAML's tag inspector already refuses global tags while composing; say it as for other tags.
            String message = problem.startsWith(GLOBAL_TAG) ? unsupportedTag(problem.substring(GLOBAL_TAG.length()))
                    : "malformed YAML: " + problem;
            throw document.errorAt(mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn(), message);
        } catch (YAMLException e) {
            throw new InteropException(document.fileName() + ": malformed YAML: " + oneLine(e.getMessage()));
        }
        return convert(root);
    }

    private JsonElement convert(Node node) throws InteropException {
        if (open.containsKey(node)) {
            throw error(node, "an alias refers to a value that contains it; JSON cannot hold such a loop");
        }
        open.put(node, Boolean.TRUE);
        try {
            JsonElement element = switch (node) {
                case MappingNode mapping -> mapping(mapping);
                case SequenceNode sequence -> sequence(sequence);
                case ScalarNode scalar -> scalar(scalar);
                default -> throw error(node, "unexpected YAML node; " + PLAIN_DATA);
            };
            document.place(element, node.getStartMark().getLine(), node.getStartMark().getColumn());
            return element;
        } finally {
            open.remove(node);
        }
    }

    private JsonObject mapping(MappingNode mapping) throws InteropException {
        if (!mapping.getTag().equals(Tag.MAP)) {
            throw unsupportedTag(mapping);
        }
        JsonObject object = new JsonObject();
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                throw error(keyNode, "merge keys ('<<') are not supported; write the properties out");
            }
            if (!(keyNode instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                throw error(keyNode, "expected a property name; found " + describe(keyNode) + " as a key");
            }
            Node first = keys.putIfAbsent(key.getValue(), keyNode);
            if (first != null) {
                throw error(keyNode, "duplicate property '" + key.getValue() + "' (first at line "
                        + (first.getStartMark().getLine() + 1) + ")");
            }
            object.add(key.getValue(), convert(tuple.getValueNode()));
        }
        return object;
    }

    private JsonArray sequence(SequenceNode sequence) throws InteropException {
        if (!sequence.getTag().equals(Tag.SEQ)) {
            throw unsupportedTag(sequence);
        }
        JsonArray array = new JsonArray();
        for (Node item : sequence.getValue()) {
            array.add(convert(item));
        }
        return array;
    }

    private JsonElement scalar(ScalarNode scalar) throws InteropException {
        Tag tag = scalar.getTag();
        if (!SCALAR_TAGS.contains(tag)) {
            throw unsupportedTag(scalar);
        }
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            // A timestamp stays the text it was: Graph writes timestamps as strings.
            return new JsonPrimitive(scalar.getValue());
        }
        if (tag.equals(Tag.NULL)) {
            return JsonNull.INSTANCE;
        }
        Object value;
        try {
            value = scalars.value(scalar);
        } catch (YAMLException | NumberFormatException e) {
            throw error(scalar, "cannot read '" + scalar.getValue() + "' as a " + (tag.equals(Tag.BOOL) ? "boolean"
                    : "number"));
        }
        if (value instanceof Boolean flag) {
            return new JsonPrimitive(flag);
        }
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            throw error(scalar, "'" + scalar.getValue() + "' is not a number JSON can hold");
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(exact(scalar.getValue(), number));
        }
        throw unsupportedTag(scalar);
    }

    private static BigDecimal exact(String literal, Number number) {
        try {
            return new BigDecimal(literal.replace("_", ""));
        } catch (NumberFormatException e) {
            // Hexadecimal, octal or sexagesimal: the constructed value is exact for integers.
            return number instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(number.toString());
        }
    }

    private InteropException unsupportedTag(Node node) {
        return error(node, unsupportedTag(node.getTag().getValue()));
    }

    private static String unsupportedTag(String tag) {
        return "unsupported YAML tag '" + (tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length())
                : tag) + "'; " + PLAIN_DATA;
    }

    private InteropException error(Node node, String message) {
        return document.errorAt(node.getStartMark().getLine(), node.getStartMark().getColumn(), message);
    }

    private static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            default -> "null";
        };
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** SnakeYAML's safe constructor, asked only for the values of booleans and numbers. */
    private static final class ScalarValues extends SafeConstructor {

        ScalarValues(LoaderOptions options) {
            super(options);
        }

        Object value(ScalarNode node) {
            return constructObject(node);
        }
    }
}
