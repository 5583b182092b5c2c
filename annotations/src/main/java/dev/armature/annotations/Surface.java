package dev.armature.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the fields of one side of a resource's API.
 *
 * <p>The surfaces are {@code create} (POST bodies), {@code update} (PUT and PATCH bodies), {@code read}
 * (single-item responses) and {@code list} (items of list responses; defaults to {@code read}). Without
 * a {@code @Surface}, {@code create} and {@code update} hold every field that is not the id, the
 * {@code @Version} field, {@link ReadOnly} or generated, and {@code read} every field that is not
 * {@link WriteOnly}. A to-one relation {@code author} is named {@code author} here and appears as
 * {@code authorId} in JSON.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Surface.List.class)
public @interface Surface {

  /** One of {@code create}, {@code update}, {@code read}, {@code list}. */
  String name();

  /** The entity's field (or property) names in this surface, in the order they appear in JSON. */
  String[] fields();

  /** Container of repeated {@link Surface} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The surfaces. */
    Surface[] value();
  }
}
