package com.example.library.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import javax.annotation.processing.Generated;

/**
 * A create ({@code POST}) request body of {@code Author}: the {@code create} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record AuthorCreateRequest(@NotBlank @Size(max = 80) String name) {
}
