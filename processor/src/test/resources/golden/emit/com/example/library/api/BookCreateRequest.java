package com.example.library.api;

import com.example.library.Book;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * A create ({@code POST}) request body of {@code Book}: the {@code create} surface.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record BookCreateRequest(@NotBlank @Size(max = 200) String title,
        @Pattern(flags = {Pattern.Flag.CASE_INSENSITIVE}, message = "must be an \"ISBN\"", regexp = "[0-9X-]{10,17}") String isbn,
        @DecimalMin(inclusive = true, value = "0.00") BigDecimal price, Book.Genre genre,
        @NotNull Long authorId, @NotNull @Min(1) @Max(5000000000L) Integer pages,
        String secretNote) {
}
