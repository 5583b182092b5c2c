package com.example.library.api;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * What the shared CRUD flow needs to know about one resource besides its code.
 *
 * @param entityType the entity class
 * @param idName the id property, the last sort key of every list (stable pages)
 * @param assignedId whether a create may carry the id (then an id that exists is a 409)
 * @param defaultPageSize list page size when a request gives none
 * @param maxPageSize larger sizes are clamped to it
 * @param sortable the properties {@code sort} accepts
 * @param filters the list filters, in the order the controller passes their values
 * @param createFields the JSON fields a create body may hold
 * @param updateFields the JSON fields an update body or merge patch may hold
 * @param readOnlyFields the JSON fields no request may set (said so rather than "not accepted")
 * @param columns the database column of each JSON field, as Spring Boot names it: what a failed write's SQL error names
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record ResourceDescriptor<E>(Class<E> entityType, String idName, boolean assignedId,
        int defaultPageSize, int maxPageSize, List<String> sortable, List<ListFilter> filters,
        List<String> createFields, List<String> updateFields, List<String> readOnlyFields,
        Map<String, String> columns) {
    public ResourceDescriptor {
        sortable = List.copyOf(sortable);
        filters = List.copyOf(filters);
        createFields = List.copyOf(createFields);
        updateFields = List.copyOf(updateFields);
        readOnlyFields = List.copyOf(readOnlyFields);
        columns = Map.copyOf(columns);
    }

    /**
     * The query parameters of the filters.
     */
    public List<String> filterNames() {
        return filters.stream().map(ListFilter::parameter).toList();
    }
}
