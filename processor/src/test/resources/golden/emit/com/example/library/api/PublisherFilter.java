package com.example.library.api;

import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * The list filters of {@code Publisher}; null means not filtered.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record PublisherFilter(String name, LocalDateTime founded) {
}
