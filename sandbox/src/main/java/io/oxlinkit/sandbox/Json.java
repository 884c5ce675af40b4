package io.oxlinkit.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** JSON reading and writing of the sandbox, with typed errors for bad bodies. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Parses a request body that must be a JSON object. */
    static ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("invalid_json", "the request body is empty; a JSON object is expected");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException malformed) {
            throw ApiError.badRequest("invalid_json", "the request body is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.badRequest("invalid_json", "the request body must be a JSON object");
        }
        return object;
    }

    /** A required text field; numbers are accepted as ids are strings written as numbers by some clients. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.badRequest("missing_field", "field '" + field + "' is required");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw ApiError.badRequest("invalid_type", "field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** An optional text field. */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw ApiError.badRequest("invalid_type", "field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** A required array field. */
    static ArrayNode array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.badRequest("missing_field", "field '" + field + "' is required");
        }
        if (!(value instanceof ArrayNode array)) {
            throw ApiError.badRequest("invalid_type", "field '" + field + "' must be an array");
        }
        return array;
    }

    /** An optional boolean field. */
    static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw ApiError.badRequest("invalid_type", "field '" + field + "' must be a boolean");
        }
        return value.asBoolean();
    }

    static ObjectNode error(String code, String description) {
        ObjectNode error = object();
        error.put("error", code);
        error.put("error_description", description);
        return error;
    }
}
