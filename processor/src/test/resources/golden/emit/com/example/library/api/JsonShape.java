package com.example.library.api;

import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The JSON type a request field must have.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public enum JsonShape {
    STRING,

    NUMBER,

    INTEGER,

    BOOLEAN;

    boolean test(JsonNode node) {
        return switch (this) {
            case STRING -> node.getNodeType() == JsonNodeType.STRING;
            case NUMBER -> node.isNumber();
            case INTEGER -> node.isIntegralNumber();
            case BOOLEAN -> node.isBoolean();
        };
    }
}
