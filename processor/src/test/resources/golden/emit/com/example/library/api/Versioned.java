package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * A response body and its strong ETag ({@code "3"}), or a null ETag when the entity has no
 * {@code @Version}.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record Versioned<T>(T body, String etag) {
}
