package org.itagen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas itagen ships ({@code org/itagen/schema/NAME.schema.json}, draft 2020-12),
 * loaded from the classpath as the jar carries them, and a validator (networknt) to hold every
 * JSON document itagen prints to them. The validator is the oracle: it knows nothing of itagen.
 */
public final class JsonSchemas {
    /** Every shipped schema, by the name users see. */
    public static final List<String> NAMES = List.of("analyze", "check", "batch-summary", "errors", "templates-vars");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final SchemaRegistry REGISTRY;

    static {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String name : NAMES) {
            String text = text(name);
            TEXTS.put(name, text);
            byId.put("urn:itagen:schema:1:" + name, text);
        }
        // Cross-references between the schemas (check and batch-summary use errors' problem) resolve here, offline.
        REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
    }

    private JsonSchemas() {
    }

    /** The schema's text as the jar carries it. */
    public static String text(String name) {
        if (TEXTS.containsKey(name)) return TEXTS.get(name);
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/org/itagen/schema/" + name + ".schema.json")) {
            if (in == null) throw new AssertionError("no schema " + name + " in the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of("urn:itagen:schema:1:" + name));
    }

    /** The problems of one JSON document against schema {@code name}; empty when it is valid. */
    public static List<String> problems(String name, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return problems(name, node);
    }

    public static List<String> problems(String name, JsonNode node) {
        List<Error> errors = schema(name).validate(node);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Asserts that {@code json} is one document valid against schema {@code name}. */
    public static void assertValid(String name, String json) {
        assertThat(problems(name, json)).as("%s schema, document:%n%s", name, cut(json)).isEmpty();
    }

    /** Asserts that every line of {@code text} is a JSON document valid against {@code name}; returns the lines. */
    public static List<JsonNode> assertValidLines(String name, String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("JSON lines for %s", name).isNotEmpty();
        return lines.stream().map(l -> {
            assertValid(name, l);
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Problems of the schema itself against the draft 2020-12 meta-schema (bundled with the validator). */
    public static List<String> metaProblems(String name) {
        try {
            JsonNode node = JSON.readTree(text(name));
            Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
            return meta.validate(node).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + " ..." : s;
    }
}
