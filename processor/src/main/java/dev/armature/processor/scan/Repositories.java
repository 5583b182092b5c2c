package dev.armature.processor.scan;

import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The project's own Spring Data repositories among the sources being compiled, so Armature reuses a
 * {@code JpaRepository<Book, Long>} instead of generating a second one.
 */
public final class Repositories {
  private static final String JPA_REPOSITORY = "org.springframework.data.jpa.repository.JpaRepository";
  private static final String REPOSITORY = "org.springframework.data.repository.Repository";

  private final Types types;
  private final ValueTypes valueTypes;
  private final IdLocator ids;
  private final Reporter reporter;
  private final List<TypeElement> interfaces;

  public Repositories(ProcessingEnvironment env, Reporter reporter, Collection<? extends Element> rootElements) {
    this(reporter, rootElements, new ValueTypes(env.getTypeUtils(), env.getElementUtils()), env.getTypeUtils(),
        env.getElementUtils());
  }

  private Repositories(Reporter reporter, Collection<? extends Element> rootElements, ValueTypes valueTypes,
      Types types, javax.lang.model.util.Elements elements) {
    this(reporter, rootElements, valueTypes, new IdLocator(new PropertyCollector(elements, types), valueTypes), types);
  }

  Repositories(Reporter reporter, Collection<? extends Element> rootElements, ValueTypes valueTypes, IdLocator ids,
      Types types) {
    this.types = types;
    this.valueTypes = valueTypes;
    this.ids = ids;
    this.reporter = reporter;
    this.interfaces = rootElements.stream()
        .flatMap(e -> nested(e).stream())
        .filter(e -> e.getKind() == ElementKind.INTERFACE)
        .sorted(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()))
        .toList();
  }

  private static List<TypeElement> nested(Element e) {
    if (!(e instanceof TypeElement t)) {
      return List.of();
    }
    var all = new java.util.ArrayList<TypeElement>();
    all.add(t);
    for (Element inner : t.getEnclosedElements()) {
      all.addAll(nested(inner));
    }
    return all;
  }

  /** The first {@code JpaRepository<entity, ?>} by name; reports a same-named non-JPA repository that would clash. */
  Optional<TypeRef> find(TypeElement entity) {
    String entityName = entity.getQualifiedName().toString();
    Optional<String> idType = ids.locate(entity).map(id -> id.type().type().canonicalName());
    Optional<TypeRef> found = Optional.empty();
    for (TypeElement candidate : interfaces) {
      Optional<List<? extends TypeMirror>> jpaArgs = typeArguments(candidate, JPA_REPOSITORY);
      if (jpaArgs.isPresent() && jpaArgs.get().size() == 2 && named(jpaArgs.get().get(0), entityName)) {
        String repositoryId = jpaArgs.get().get(1).toString();
        if (idType.isPresent() && !idType.get().equals(repositoryId)) {
          // a JpaRepository<Book, Integer> for a Long id would only fail later, inside generated code
          reporter.report(Message.REPOSITORY_MISMATCH, candidate, candidate.getSimpleName(), entity.getSimpleName(),
              entity.getSimpleName(), simple(idType.get()), entity.getSimpleName(), simple(idType.get()));
        } else if (found.isEmpty()) {
          found = Optional.of(valueTypes.ref(candidate));
          CachedRepositories.warn(candidate, entity, reporter);
        }
        continue;
      }
      Optional<List<? extends TypeMirror>> anyArgs = typeArguments(candidate, REPOSITORY);
      if (anyArgs.isPresent() && anyArgs.get().size() == 2 && named(anyArgs.get().get(0), entityName)
          && candidate.getSimpleName().contentEquals(entity.getSimpleName() + "Repository")) {
        String id = anyArgs.get().get(1).toString();
        reporter.report(Message.REPOSITORY_MISMATCH, candidate, candidate.getSimpleName(), entity.getSimpleName(),
            entity.getSimpleName(), id, entity.getSimpleName(), id);
      }
    }
    return found;
  }

  private static String simple(String canonicalName) {
    return canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
  }

  private static boolean named(TypeMirror type, String qualifiedName) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** The type arguments with which {@code type} extends {@code wanted}, searching all supertypes. */
  private Optional<List<? extends TypeMirror>> typeArguments(TypeElement type, String wanted) {
    Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror current = queue.poll();
      if (current.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      if (element.getQualifiedName().contentEquals(wanted)) {
        return Optional.of(((DeclaredType) current).getTypeArguments());
      }
      queue.addAll(types.directSupertypes(current));
    }
    return Optional.empty();
  }
}
