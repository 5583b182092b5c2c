package com.example.library.api;

import com.example.library.Book;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * A response body of {@code Book}: the {@code read} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record BookResponse(Long id, Long version, String title, String isbn, BigDecimal price,
        Book.Genre genre, LocalDate published, Integer pages, Instant createdAt, Long authorId) {
}
