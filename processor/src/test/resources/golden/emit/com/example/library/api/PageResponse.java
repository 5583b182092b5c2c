package com.example.library.api;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A page of a list response: {@code {"content": [...], "page": {...}}}.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record PageResponse<T>(List<T> content, PageResponse.PageMetadata page) {
    public static <T> PageResponse<T> of(List<T> content, int size, int number,
            long totalElements) {
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new PageResponse<>(List.copyOf(content), new PageMetadata(size, number, totalElements, totalPages));
    }

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {
    }
}
