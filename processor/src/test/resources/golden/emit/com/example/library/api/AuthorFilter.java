package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * The list filters of {@code Author}; null means not filtered.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record AuthorFilter() {
}
