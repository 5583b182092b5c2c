package com.example.library.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Generated;
import org.springframework.util.MultiValueMap;

/**
 * Page ({@code page} from 0), size (clamped to the maximum) and sort orders of a list request.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record ListQuery(int page, int size, List<ListQuery.SortOrder> sort) {
    /**
     * Reads {@code page}, {@code size} and every {@code sort=property[,asc|desc]}; any bad value, and any
     * parameter that is neither one of these nor a filter (a mistyped filter would otherwise match everything),
     * is a 400 naming the parameter.
     */
    public static ListQuery parse(MultiValueMap<String, String> parameters, int defaultSize,
            int maxSize, List<String> sortable, List<String> filters) {
        List<ProblemFieldError> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!name.equals("page") && !name.equals("size") && !name.equals("sort") && !filters.contains(name)) {
                errors.add(new ProblemFieldError(name, "is not a parameter of this list; use page, size, sort" + (filters.isEmpty() ? "" : " or a filter: " + String.join(", ", filters))));
            }
        }
        int page = 0;
        String pageValue = parameters.getFirst("page");
        if (pageValue != null) {
            page = parseCount(pageValue);
            if (page < 0) {
                errors.add(new ProblemFieldError("page", "must be a whole number, 0 or more"));
                page = 0;
            }
        }
        int size = defaultSize;
        String sizeValue = parameters.getFirst("size");
        if (sizeValue != null) {
            size = parseCount(sizeValue);
            if (size < 1) {
                errors.add(new ProblemFieldError("size", "must be a whole number, 1 or more"));
                size = defaultSize;
            }
            size = Math.min(size, maxSize);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            errors.add(new ProblemFieldError("page", "is too large for this size"));
        }
        List<SortOrder> sort = new ArrayList<>();
        List<String> sortValues = parameters.get("sort");
        for (String value : sortValues == null ? List.<String>of() : sortValues) {
            if (value.isBlank()) {
                continue;
            }
            String[] parts = value.split(",", -1);
            String property = parts[0].trim();
            if (parts.length > 2 || property.isEmpty()) {
                errors.add(new ProblemFieldError("sort", "must be property[,asc|desc], was '" + value + "'"));
                continue;
            }
            String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                errors.add(new ProblemFieldError("sort", "direction must be asc or desc, was '" + parts[1].trim() + "'"));
            } else if (!sortable.contains(property)) {
                errors.add(new ProblemFieldError("sort", "cannot sort on '" + property + "'; sortable: " + String.join(", ", sortable)));
            } else {
                sort.add(new SortOrder(property, direction.equals("asc")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblemException.badRequest("The list request has invalid parameters", errors);
        }
        return new ListQuery(page, size, List.copyOf(sort));
    }

    public int offset() {
        return page * size;
    }

    private static int parseCount(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Sort by this property (a Java property name), ascending or descending.
     */
    public record SortOrder(String property, boolean ascending) {
    }
}
