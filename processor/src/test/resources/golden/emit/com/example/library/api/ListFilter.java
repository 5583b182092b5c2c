package com.example.library.api;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Locale;
import javax.annotation.processing.Generated;

/**
 * A list filter.
 *
 * @param parameter the query parameter ({@code title}, {@code authorId})
 * @param property the entity property it compares ({@code title}, {@code author})
 * @param relatedId for a to-one relation, the related entity's id property; else null
 * @param substring whether it matches strings by case-insensitive substring rather than equality
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public record ListFilter(String parameter, String property, String relatedId, boolean substring) {
    /**
     * A string property, matched by case-insensitive substring.
     */
    public static ListFilter substring(String property) {
        return new ListFilter(property, property, null, true);
    }

    /**
     * A property matched by equality.
     */
    public static ListFilter equal(String property) {
        return new ListFilter(property, property, null, false);
    }

    /**
     * A to-one relation, matched by the related entity's id.
     */
    public static ListFilter relation(String parameter, String property, String relatedId) {
        return new ListFilter(parameter, property, relatedId, false);
    }

    /**
     * The predicate that keeps the rows whose property matches {@code value}.
     */
    Predicate predicate(CriteriaBuilder cb, Root<?> root, Object value) {
        if (relatedId != null) {
            return cb.equal(root.get(property).get(relatedId), value);
        }
        if (substring) {
            return cb.like(cb.lower(root.<String>get(property)), contains((String) value), '\\');
        }
        return cb.equal(root.get(property), value);
    }

    /**
     * A LIKE pattern matching {@code value} anywhere, case-insensitively, its wildcards taken literally.
     */
    static String contains(String value) {
        return "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
