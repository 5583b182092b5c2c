package com.example.library.api;

import java.time.LocalDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * A response body of {@code Publisher}: the {@code read} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record PublisherResponse(UUID id, String name, LocalDateTime founded) {
}
