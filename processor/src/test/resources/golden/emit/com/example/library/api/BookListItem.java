package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * An item of a list of {@code Book}: the {@code list} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record BookListItem(Long id, String title, Long authorId) {
}
