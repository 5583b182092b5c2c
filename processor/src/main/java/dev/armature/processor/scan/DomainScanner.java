package dev.armature.processor.scan;

import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.emit.GeneratedNames;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link DomainModel} from the scanned entities: class-path facts, cross-resource checks
 * (paths, generated names) and the package generated code goes to.
 */
public final class DomainScanner {
  /** The fix when a generated name is a project's type: the second argument of {@link Message#GENERATED_NAME_TAKEN}. */
  public static final String TAKEN_BY_PROJECT =
      "the project already has a type of that name; rename yours or set -Aarmature.package";
  private static final String GENERATOR = "\"dev.armature.processor.ArmatureProcessor\"";

  private final Elements elements;
  private final Reporter reporter;
  private final Optional<com.sun.source.util.Trees> trees;

  public DomainScanner(ProcessingEnvironment env, Reporter reporter) {
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    Optional<com.sun.source.util.Trees> t;
    try {
      t = Optional.of(com.sun.source.util.Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavac) {
      t = Optional.empty();
    }
    this.trees = t;
  }

  /**
   * Reports every dependency the generated code needs and the class path lacks, on the first resource.
   *
   * @return the class path facts, or empty when something is missing
   */
  public Optional<Classpath> classpath(TypeElement first, boolean irOnly) {
    boolean jackson3 = present(dev.armature.processor.model.JacksonNames.DATABIND_3 + ".ObjectMapper");
    boolean jackson2 = present(dev.armature.processor.model.JacksonNames.DATABIND_2 + ".ObjectMapper");
    boolean security = present("org.springframework.security.config.annotation.web.builders.HttpSecurity");
    if (irOnly) {
      return Optional.of(new Classpath(jackson3 || !jackson2 ? 3 : 2, security));
    }
    AnnotationMirror at = Annotations.find(first, ResourceSettings.API_RESOURCE).orElse(null);
    int before = reporter.errorCount();
    // a class of spring-webmvc itself: spring-web alone (e.g. a WebFlux project) lacks what generated code uses
    require(first, at, "org.springframework.web.servlet.DispatcherServlet", "Spring Web MVC",
        "spring-boot-starter-webmvc (Spring Boot 4) or spring-boot-starter-web (Spring Boot 3)");
    require(first, at, "org.springframework.data.jpa.repository.JpaRepository", "Spring Data JPA",
        "spring-boot-starter-data-jpa");
    require(first, at, "jakarta.validation.Validator", "Bean Validation",
        "spring-boot-starter-validation");
    require(first, at, "jakarta.persistence.EntityManager", "Jakarta Persistence", "spring-boot-starter-data-jpa");
    if (security) {
      // the generated security classes are Boot auto-configurations (they order themselves after Boot's own)
      require(first, at, "org.springframework.boot.autoconfigure.AutoConfiguration", "Spring Boot auto-configuration",
          "spring-boot-starter-security, which brings it with Spring Security");
    }
    if (!jackson3 && !jackson2) {
      reporter.report(Message.MISSING_DEPENDENCY, first, at, "Jackson databind",
          "spring-boot-starter-webmvc, which brings Jackson");
    }
    return reporter.errorCount() == before ? Optional.of(new Classpath(jackson3 ? 3 : 2, security)) : Optional.empty();
  }

  private void require(TypeElement first, AnnotationMirror at, String type, String what, String fix) {
    if (!present(type)) {
      reporter.report(Message.MISSING_DEPENDENCY, first, at, what + " (" + type + ")", fix);
    }
  }

  private boolean present(String name) {
    return elements.getTypeElement(name) != null;
  }

  /** The package of generated code: the option, else the common package of all resources plus {@code .api}. */
  public static String generatedPackage(List<EntityModel> entities, String option) {
    if (option != null && !option.isBlank()) {
      return option.trim();
    }
    String common = null;
    for (EntityModel e : entities) {
      String pkg = e.type().packageName();
      common = common == null ? pkg : commonPrefix(common, pkg);
    }
    return common == null || common.isEmpty() ? "api" : common + ".api";
  }

  private static String commonPrefix(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    List<String> same = new ArrayList<>();
    for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
      same.add(x[i]);
    }
    return String.join(".", same);
  }

  /**
   * Cross-resource checks; returns the resources that passed them, sorted by name. Every name of
   * {@link GeneratedNames} is checked against the project's types in the generated package, and each
   * resource's names against the shared ones (an entity {@code Resource} would make a second
   * {@code ResourceController}).
   */
  public List<EntityModel> checkTogether(List<EntityModel> scanned, String generatedPackage) {
    List<EntityModel> sorted = new ArrayList<>(scanned);
    sorted.sort(Comparator.comparing(EntityModel::qualifiedName));
    Map<String, EntityModel> byPath = new HashMap<>();
    Map<String, EntityModel> bySimpleName = new HashMap<>();
    Map<String, TypeElement> taken = projectTypes(generatedPackage);
    int sharedBefore = reporter.errorCount();
    for (String name : GeneratedNames.shared()) {
      TypeElement existing = taken.get(name);
      if (existing != null) {
        reporter.report(Message.GENERATED_NAME_TAKEN, existing, generatedPackage + "." + name + " for every resource",
            TAKEN_BY_PROJECT);
      }
    }
    if (reporter.errorCount() != sharedBefore) {
      return List.of();
    }
    List<EntityModel> ok = new ArrayList<>();
    for (EntityModel e : sorted) {
      int before = reporter.errorCount();
      AnnotationMirror at = Annotations.find(e.origin(), ResourceSettings.API_RESOURCE).orElse(null);
      EntityModel samePath = byPath.putIfAbsent(e.path(), e);
      if (samePath != null) {
        AnnotationValue path = at == null ? null : Annotations.explicit(at, "path").orElse(null);
        reporter.report(Message.DUPLICATE_PATH, e.origin(), at, path, e.path(), samePath.qualifiedName());
      }
      EntityModel sameName = bySimpleName.putIfAbsent(e.simpleName(), e);
      if (sameName != null) {
        reporter.report(Message.SIMPLE_NAME_CLASH, e.origin(), at, sameName.qualifiedName(), e.qualifiedName());
      }
      for (String name : GeneratedNames.perEntity(e)) {
        String generated = generatedPackage + "." + name + " for " + e.simpleName();
        if (GeneratedNames.isShared(name)) {
          reporter.report(Message.GENERATED_NAME_TAKEN, e.origin(), at, generated,
              "it generates a shared class of that name for all resources too; rename the entity");
        } else if (taken.containsKey(name)) {
          reporter.report(Message.GENERATED_NAME_TAKEN, taken.get(name), generated, TAKEN_BY_PROJECT);
        }
      }
      if (reporter.errorCount() == before) {
        ok.add(e);
      }
    }
    return ok;
  }

  /**
   * The project's types in the generated package, by simple name: one listing of the package instead of a
   * class-path lookup per generated name (each miss costs javac a search; with hundreds of resources that
   * dominated the processor's time). A previous build's output does not count (see {@link #inSources}).
   */
  private Map<String, TypeElement> projectTypes(String generatedPackage) {
    Map<String, TypeElement> taken = new HashMap<>();
    javax.lang.model.element.PackageElement existing = elements.getPackageElement(generatedPackage);
    if (existing != null) {
      for (javax.lang.model.element.Element t : existing.getEnclosedElements()) {
        if (t instanceof TypeElement type && inSources(type) && !generatedByArmature(type)) {
          taken.put(type.getSimpleName().toString(), type);
        }
      }
    }
    return taken;
  }

  /**
   * Whether the type is among the sources being compiled. One that comes only from a class file is most
   * likely Armature's own output of a previous build (Maven keeps target/classes on the class path, and
   * {@code @Generated} is not kept in class files): the Filer may write it again, so it does not count as
   * taken. Without javac's Trees API, every type counts.
   */
  private boolean inSources(TypeElement type) {
    return trees.map(t -> t.getPath(type) != null).orElse(true);
  }

  /**
   * Whether the type carries Armature's own {@code @Generated("dev.armature.processor.ArmatureProcessor")}:
   * only then is it a previous build's output that a clean build removes. The annotation is kept in source
   * only, so a type read from a class file never has it.
   */
  public static boolean generatedByArmature(TypeElement type) {
    return Annotations.find(type, "javax.annotation.processing.Generated")
        .map(m -> m.getElementValues().values().toString().contains(GENERATOR))
        .orElse(false);
  }

  /** The project's own repository for an entity, when one is among the given types. */
  public static Optional<TypeRef> repositoryOf(TypeElement entity, Repositories repositories) {
    return repositories.find(entity);
  }

  /** Builds the model; the entities must already be checked together. */
  public static DomainModel model(String generatedPackage, Classpath classpath, List<EntityModel> entities) {
    List<EntityModel> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparing(EntityModel::qualifiedName));
    return new DomainModel(generatedPackage, classpath, sorted);
  }
}
