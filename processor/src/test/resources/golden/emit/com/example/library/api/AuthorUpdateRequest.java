package com.example.library.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import javax.annotation.processing.Generated;

/**
 * An update ({@code PUT} and {@code PATCH}) request body of {@code Author}: the {@code update} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record AuthorUpdateRequest(@NotBlank @Size(max = 80) String name) {
}
