package com.example.library.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * A create ({@code POST}) request body of {@code Publisher}: the {@code create} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record PublisherCreateRequest(UUID id, @NotNull String name, LocalDateTime founded) {
}
