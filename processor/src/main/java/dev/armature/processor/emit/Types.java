package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.util.List;
import java.util.Map;

/** Maps IR types to JavaPoet types and IR constraints to annotations. */
final class Types {
  private Types() {}

  static ClassName className(TypeRef ref) {
    List<String> names = ref.simpleNames();
    return ClassName.get(ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
  }

  /** The boxed type a value travels as in requests, responses and filters. */
  static TypeName boxed(ValueType value) {
    return className(value.type());
  }

  /** The type the entity declares, primitive when it does. */
  static TypeName declared(ValueType value) {
    TypeName boxed = boxed(value);
    return value.primitive() ? boxed.unbox() : boxed;
  }

  static TypeName boxed(PropertyModel property) {
    return boxed(property.value());
  }

  static boolean isIntegral(ScalarKind kind) {
    return switch (kind) {
      case BYTE, SHORT, INTEGER, LONG, BIG_INTEGER -> true;
      default -> false;
    };
  }

  /** The {@code DateTimeFormat.ISO} constant for a date/time filter parameter, or null. */
  static String isoFormat(ScalarKind kind) {
    return switch (kind) {
      case LOCAL_DATE -> "DATE";
      case LOCAL_DATE_TIME, INSTANT -> "DATE_TIME";
      default -> null;
    };
  }

  /** The constraint as an annotation on a request record component. */
  static AnnotationSpec annotation(ConstraintModel constraint) {
    AnnotationSpec.Builder builder = AnnotationSpec.builder(className(constraint.annotation()));
    for (Map.Entry<String, Object> attribute : constraint.attributes().entrySet()) {
      builder.addMember(attribute.getKey(), value(attribute.getValue()));
    }
    return builder.build();
  }

  private static CodeBlock value(Object value) {
    if (value instanceof String s) {
      return CodeBlock.of("$S", s);
    }
    if (value instanceof Long l) {
      return l < Integer.MIN_VALUE || l > Integer.MAX_VALUE ? CodeBlock.of("$LL", l) : CodeBlock.of("$L", l);
    }
    if (value instanceof Double || value instanceof Boolean || value instanceof Integer) {
      return CodeBlock.of("$L", value);
    }
    if (value instanceof ConstraintModel.EnumValue e) {
      return CodeBlock.of("$T.$L", className(e.type()), e.constant());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Types::value).collect(CodeBlock.joining(", ", "{", "}"));
    }
    throw new IllegalArgumentException("unsupported constraint attribute value " + value);
  }
}
