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
     * Reads {@code page}, {@code size} and every {@code sort=property[,asc|desc]}; any bad value, any
     * parameter that is neither one of these nor a filter (a mistyped filter would otherwise match everything),
     * any but {@code sort} given more than once (Spring MVC would join or drop the values), and a date filter
     * outside the years 0001 to 9999 is a 400 naming the parameter. {@code filterValues} are the filters'
     * bound values, in the order of {@code filters}.
     */
    public static ListQuery parse(MultiValueMap<String, String> parameters, int defaultSize,
            int maxSize, List<String> sortable, List<String> filters, Object... filterValues) {
        List<ProblemFieldError> errors = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!name.equals("page") && !name.equals("size") && !name.equals("sort") && !filters.contains(name)) {
                errors.add(new ProblemFieldError(name, "is not a parameter of this list; use page, size, sort" + (filters.isEmpty() ? "" : " or a filter: " + String.join(", ", filters))));
            } else if (!name.equals("sort") && parameters.get(name).size() > 1) {
                errors.add(new ProblemFieldError(name, "is given more than once"));
            }
        }
        for (int i = 0; i < filterValues.length && i < filters.size(); i++) {
            String outOfRange = RequestReader.outOfRange(filterValues[i]);
            if (outOfRange != null) {
                errors.add(new ProblemFieldError(filters.get(i), outOfRange));
            }
        }
        int size = defaultSize;
        String sizeValue = parameters.getFirst("size");
        if (sizeValue != null) {
            long count = parseCount(sizeValue);
            if (count < 1) {
                errors.add(new ProblemFieldError("size", "must be a whole number, 1 or more"));
            } else {
                size = (int) Math.min(count, maxSize);
            }
        }
        int page = 0;
        String pageValue = parameters.getFirst("page");
        if (pageValue != null) {
            long count = parseCount(pageValue);
            int lastPage = Integer.MAX_VALUE / size;
            if (count < 0) {
                errors.add(new ProblemFieldError("page", "must be a whole number, 0 or more"));
            } else if (count > lastPage) {
                errors.add(new ProblemFieldError("page", "must be at most " + lastPage + " with size " + size));
            } else {
                page = (int) count;
            }
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

    /**
     * The whole number a {@code page} or {@code size} gives, at most {@code Long.MAX_VALUE}; -1 when it is none.
     */
    private static long parseCount(String value) {
        String digits = value.trim();
        digits = digits.startsWith("+") ? digits.substring(1) : digits;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Sort by this property (a Java property name), ascending or descending.
     */
    public record SortOrder(String property, boolean ascending) {
    }
}
