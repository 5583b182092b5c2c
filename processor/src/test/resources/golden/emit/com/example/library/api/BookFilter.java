package com.example.library.api;

import com.example.library.Book;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * The list filters of {@code Book}; null means not filtered.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record BookFilter(String title, String isbn, Book.Genre genre, LocalDate published,
        Long authorId) {
}
