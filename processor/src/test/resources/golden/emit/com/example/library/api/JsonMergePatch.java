package com.example.library.api;

import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): the patch's members replace the target's, {@code null} removes one,
 * objects merge recursively, anything else (arrays included) replaces whole.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public final class JsonMergePatch {
    private JsonMergePatch() {
    }

    /**
     * The patched copy of {@code target}; the arguments are not changed. A patch that is not an object
     * would replace the whole resource, which an API of objects cannot accept: 400.
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblemException.badRequest("A merge patch must be a JSON object");
        }
        return merge(target, patch);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }
}
