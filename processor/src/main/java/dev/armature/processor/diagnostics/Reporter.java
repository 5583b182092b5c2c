package dev.armature.processor.diagnostics;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports {@link Message}s on the element, annotation and annotation value at fault, and remembers
 * whether an error was reported so the processor emits nothing for a broken entity.
 *
 * <p>A warning is silenced by its tag for the whole compilation ({@code -Aarmature.suppress}) or where it
 * points ({@code @SuppressWarnings("armature:<tag>")} on the element, an enclosing element, or the entity
 * being scanned, see {@link #within}). A diagnostic is printed once per compilation even when a deferred
 * round scans the same entity again ({@code printed} is shared by the processor across rounds).
 */
public final class Reporter {
  private final Messager messager;
  private final Set<String> suppressed;
  private final Set<String> printed;
  private int errors;
  private Optional<RepeatedAnnotations> repeated = Optional.empty();
  private Optional<Element> scope = Optional.empty();

  public Reporter(Messager messager, Set<String> suppressedTags) {
    this(messager, suppressedTags, new HashSet<>());
  }

  /** @param printed the keys of diagnostics already printed in this compilation; this reporter adds to it */
  public Reporter(Messager messager, Set<String> suppressedTags, Set<String> printed) {
    this.messager = messager;
    this.suppressed = Set.copyOf(suppressedTags);
    this.printed = printed;
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

  /**
   * Runs {@code work} with {@code entity} as the scope of {@code @SuppressWarnings}: a warning on a
   * property it inherits from a superclass is silenced by the annotation on the entity too.
   */
  public <T> T within(Element entity, java.util.function.Supplier<T> work) {
    Optional<Element> outer = scope;
    scope = Optional.of(entity);
    try {
      return work.get();
    } finally {
      scope = outer;
    }
  }

  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  public void report(Message message, Element element, AnnotationMirror annotation, Object... args) {
    report(message, element, annotation, null, args);
  }

  public void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    if (message.kind() != Kind.ERROR && silenced(message, element)) {
      return;
    }
    if (message.kind() == Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    if (!printed.add(message.kind() + " " + text + " @ " + Locations.of(element, annotation, value))) {
      return;
    }
    if (annotation != null && repeated.isPresent()
        && repeated.get().print(message.kind(), text, element, annotation, value)) {
      return;
    }
    messager.printMessage(message.kind(), text, element, annotation, value);
  }

  /** An exception in Armature itself, with its first stack frames so the report can be acted on. */
  public void reportInternal(Element element, Object what, Throwable failure) {
    report(Message.INTERNAL_ERROR, element, what, describe(failure));
  }

  private boolean silenced(Message message, Element element) {
    if (suppressed.contains(message.tag())) {
      return true;
    }
    String tag = "armature:" + message.tag();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (Locations.suppresses(e, tag)) {
        return true;
      }
    }
    return scope.map(s -> Locations.suppresses(s, tag)).orElse(false);
  }

  /** The number of errors reported so far; compare before and after work to see if it failed. */
  public int errorCount() {
    return errors;
  }

  /** The exception and its first frames: {@code e.toString()} alone does not say where Armature broke. */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.toString());
    StackTraceElement[] frames = failure.getStackTrace();
    for (int i = 0; i < Math.min(5, frames.length); i++) {
      text.append(i == 0 ? " at " : ", ").append(frames[i]);
    }
    if (failure.getCause() != null && failure.getCause() != failure) {
      text.append(" (caused by ").append(failure.getCause()).append(')');
    }
    return text.toString();
  }
}
