package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * A response body of {@code Author}: the {@code read} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record AuthorResponse(Long id, Long version, String name) {
}
