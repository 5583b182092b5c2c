package dev.armature.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a JPA {@code @Entity} as a REST resource under {@code /api/{path}}.
 *
 * <p>The Armature processor reads the entity's JPA and Bean Validation annotations and generates, at
 * compile time, a repository (unless the project has one), a service, a controller, request and
 * response records and a mapper. Nothing is generated into {@code src/}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiResource {

  /**
   * The path segment under {@code /api}. Default: the kebab-case plural of the class name
   * ({@code BookLoan} becomes {@code book-loans}).
   */
  String path() default "";

  /** The operations to generate. Default: all of them. */
  Operation[] operations() default {
    Operation.LIST, Operation.READ, Operation.CREATE, Operation.UPDATE, Operation.PATCH, Operation.DELETE
  };

  /** Roles allowed to read (LIST, READ). Empty, the default, means reads are public. */
  String[] readRoles() default {};

  /** Roles allowed to write (CREATE, UPDATE, PATCH, DELETE). Default: {@code ADMIN}. */
  String[] writeRoles() default {"ADMIN"};

  /** Page size of a list request that gives no {@code size}. */
  int defaultPageSize() default 20;

  /** The largest page size; a larger {@code size} is clamped to it. */
  int maxPageSize() default 100;
}
