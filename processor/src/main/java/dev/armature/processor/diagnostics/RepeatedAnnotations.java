package dev.armature.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Places a diagnostic on one of several repeated annotations ({@code @Surface} twice), which
 * {@code Messager} cannot: javac matches the mirror against the annotations written in the source by
 * type, and the mirror of a repeated annotation lives inside a synthesized container ({@code @Surface.List})
 * whose type matches none of them, so the message falls back to the class. Here the written annotation
 * is found by its index among those of its type, and the value by its attribute and array index, through
 * the javac Trees API; without javac it is not available and the caller falls back to {@code Messager}.
 */
final class RepeatedAnnotations {
  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  static Optional<RepeatedAnnotations> of(ProcessingEnvironment env) {
    try {
      return Optional.of(new RepeatedAnnotations(Trees.instance(env)));
    } catch (RuntimeException | LinkageError notJavac) {
      return Optional.empty();
    }
  }

  /** Prints the message on the written annotation (and value); false when the mirror is not a repeated one. */
  boolean print(Kind kind, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    int index = indexInContainer(element, annotation);
    TreePath path = index < 0 ? null : trees.getPath(element);
    if (path == null) {
      return false;
    }
    List<? extends AnnotationTree> written = modifiersAnnotations(path.getLeaf());
    int seen = 0;
    for (AnnotationTree tree : written) {
      if (annotation.getAnnotationType().asElement().equals(trees.getElement(new TreePath(path, tree.getAnnotationType())))
          && seen++ == index) {
        Tree at = value == null ? tree : valueTree(tree, annotation, value).orElse(tree);
        trees.printMessage(kind, message, at, path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  /** The index of the mirror among the values of a container annotation on the element, or -1. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    if (element.getAnnotationMirrors().contains(annotation)) {
      return -1;
    }
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue v : container.getElementValues().values()) {
        if (v.getValue() instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            if (((AnnotationValue) list.get(i)).getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> modifiersAnnotations(Tree declaration) {
    if (declaration instanceof com.sun.source.tree.ClassTree c) {
      return c.getModifiers().getAnnotations();
    }
    if (declaration instanceof com.sun.source.tree.MethodTree m) {
      return m.getModifiers().getAnnotations();
    }
    if (declaration instanceof com.sun.source.tree.VariableTree v) {
      return v.getModifiers().getAnnotations();
    }
    return List.of();
  }

  /** The expression of the value in the written annotation: the attribute's, or one element of its array. */
  private static Optional<Tree> valueTree(AnnotationTree tree, AnnotationMirror annotation, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      int item = -1;
      if (e.getValue() != value) {
        if (!(e.getValue().getValue() instanceof List<?> list) || !list.contains(value)) {
          continue;
        }
        item = list.indexOf(value);
      }
      for (ExpressionTree argument : tree.getArguments()) {
        ExpressionTree expression = argument;
        String name = "value";
        if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree id) {
          name = id.getName().toString();
          expression = assignment.getExpression();
        }
        if (name.equals(attribute)) {
          if (item >= 0 && expression instanceof NewArrayTree array && item < array.getInitializers().size()) {
            return Optional.of(array.getInitializers().get(item));
          }
          return Optional.of(expression);
        }
      }
    }
    return Optional.empty();
  }
}
