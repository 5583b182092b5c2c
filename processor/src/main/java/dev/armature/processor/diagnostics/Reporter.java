package dev.armature.processor.diagnostics;

import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports {@link Message}s on the element, annotation and annotation value at fault, and remembers
 * whether an error was reported so the processor emits nothing for a broken entity.
 */
public final class Reporter {
  private final Messager messager;
  private final Set<String> suppressed;
  private int errors;
  private java.util.Optional<RepeatedAnnotations> repeated = java.util.Optional.empty();

  public Reporter(Messager messager, Set<String> suppressedTags) {
    this.messager = messager;
    this.suppressed = Set.copyOf(suppressedTags);
  }

  /**
   * Lets diagnostics on repeated annotations point at the annotation written in the source (see
   * {@link RepeatedAnnotations}); without it they fall back to the annotated element.
   */
  public Reporter locateRepeatedAnnotations(javax.annotation.processing.ProcessingEnvironment env) {
    if (repeated.isEmpty()) {
      repeated = RepeatedAnnotations.of(env);
    }
    return this;
  }

  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  public void report(Message message, Element element, AnnotationMirror annotation, Object... args) {
    report(message, element, annotation, null, args);
  }

  public void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    if (message.kind() != Kind.ERROR && suppressed.contains(message.tag())) {
      return;
    }
    if (message.kind() == Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (annotation != null && repeated.isPresent()
        && repeated.get().print(message.kind(), text, element, annotation, value)) {
      return;
    }
    messager.printMessage(message.kind(), text, element, annotation, value);
  }

  /** The number of errors reported so far; compare before and after work to see if it failed. */
  public int errorCount() {
    return errors;
  }
}
