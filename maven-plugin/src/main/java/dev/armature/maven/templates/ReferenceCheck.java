package dev.armature.maven.templates;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Finds a reference to a variable the template was not given, anywhere in the template, before it runs.
 *
 * <p>Velocity's strict mode fails on {@code $typo} only when the line is rendered, and lets
 * {@code #if($typo)} through as false (by design, VELOCITY-618: a variable alone in an {@code #if} is
 * evaluated as if strict mode were off), so a misspelt flag would silently drop a section. This walks the parsed template once: every reference's root must be
 * a variable of the {@code TemplateVars}, or a name the template binds itself ({@code #foreach},
 * {@code #set}, {@code #macro} and {@code #define} arguments, the {@code $foreach} loop scope and a block
 * macro's {@code $bodyContent}). Properties ({@code $entity.pth}) are checked when rendered, by
 * {@link TemplateRecord}. References in a {@code #parse}d partial are left to strict mode.
 */
final class ReferenceCheck {
  private static final Set<String> VELOCITY_NAMES = Set.of("foreach", "bodyContent");

  private ReferenceCheck() {}

  /** A reference to an unknown variable: its root name and where it is. */
  record Unknown(String name, int line, int column) {}

  /** The first reference, in document order, to a name neither given nor bound by the template. */
  static Optional<Unknown> firstUnknown(Node template, Set<String> variables) {
    Set<String> known = new HashSet<>(variables);
    known.addAll(VELOCITY_NAMES);
    collectBound(template, known);
    return firstOutside(template, known);
  }

  private static void collectBound(Node node, Set<String> bound) {
    if (node instanceof ASTSetDirective && node.jjtGetNumChildren() > 0) {
      addRoot(node.jjtGetChild(0), bound);
    }
    if (node instanceof ASTDirective directive) {
      switch (directive.getDirectiveName()) {
        case "foreach", "define" -> {
          if (node.jjtGetNumChildren() > 0) {
            addRoot(node.jjtGetChild(0), bound);
          }
        }
        case "macro" -> {
          for (int i = 1; i < node.jjtGetNumChildren(); i++) {
            addRoot(node.jjtGetChild(i), bound);
          }
        }
        default -> { }
      }
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      collectBound(node.jjtGetChild(i), bound);
    }
  }

  private static void addRoot(Node node, Set<String> bound) {
    if (node instanceof ASTReference reference) {
      bound.add(reference.getRootString());
    }
  }

  private static Optional<Unknown> firstOutside(Node node, Set<String> known) {
    if (node instanceof ASTReference reference && !escaped(reference) && !known.contains(reference.getRootString())) {
      return Optional.of(new Unknown(reference.getRootString(), node.getLine(), node.getColumn()));
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      Optional<Unknown> found = firstOutside(node.jjtGetChild(i), known);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code \$name} is text, not a reference. Velocity drops the tokens after parsing and keeps what it
   * learnt from them only in a private field, hence reflection; should a later Velocity rename it, an
   * escaped reference counts as a reference and the template fails loudly (a unit test covers it).
   */
  private static boolean escaped(ASTReference reference) {
    if (ESCAPED == null) {
      return false;
    }
    try {
      return ESCAPED.getBoolean(reference);
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  private static final Field ESCAPED = escapedField();

  private static Field escapedField() {
    try {
      Field field = ASTReference.class.getDeclaredField("escaped");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }
}
