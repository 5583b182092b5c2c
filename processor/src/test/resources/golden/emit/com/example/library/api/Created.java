package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * A created resource: its id (for {@code Location}), its body and its ETag (null without {@code @Version}).
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record Created<T>(Object id, T body, String etag) {
}
