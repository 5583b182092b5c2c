package dev.armature.processor.scan;

import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Warns when a project repository the model reuses is Spring-cached: the generated service writes
 * through {@code saveAndFlush} and {@code delete}, so {@code @CacheEvict} on the project's own methods
 * never runs for an API write and its cached reads go stale (issue 9). Annotations are read by name:
 * spring-context need not be on the processor's class path.
 */
final class CachedRepositories {
  private static final String CACHE = "org.springframework.cache.annotation.";
  private static final Set<String> ANNOTATIONS = Set.of(
      CACHE + "Cacheable", CACHE + "CacheEvict", CACHE + "CachePut", CACHE + "Caching", CACHE + "CacheConfig");

  private CachedRepositories() {}

  /** Reports the first cache annotation on the repository or one of its methods, if any. */
  static void warn(TypeElement repository, TypeElement entity, Reporter reporter) {
    Optional<Found> found = find(repository);
    for (Element member : repository.getEnclosedElements()) {
      if (found.isPresent()) {
        break;
      }
      found = find(member);
    }
    found.ifPresent(f -> reporter.report(Message.CACHED_REPOSITORY, f.element(), f.annotation(),
        repository.getSimpleName(), f.annotation().getAnnotationType().asElement().getSimpleName(),
        entity.getSimpleName()));
  }

  private record Found(Element element, AnnotationMirror annotation) {}

  private static Optional<Found> find(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> ANNOTATIONS.contains(Annotations.name(m)))
        .findFirst()
        .map(m -> new Found(element, m));
  }
}
