package dev.armature.processor;

import com.google.auto.service.AutoService;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.scan.DomainScanner;
import dev.armature.processor.scan.EntityScanner;
import dev.armature.processor.scan.Repositories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Turns {@code @ApiResource} entities into a Spring Boot REST layer, {@code META-INF/armature/model.json}
 * and {@code META-INF/armature/openapi.yaml}.
 *
 * <p>Phases (CONVENTIONS.md 1): scan each resource into the IR, reporting mistakes on the element at
 * fault; check resources together; emit, only for resources without errors. Resources whose types are
 * not complete yet are deferred to the next round. No exception escapes: an internal failure is
 * reported on the resource being processed and the others carry on. Annotations are never claimed.
 */
@AutoService(Processor.class)
public final class ArmatureProcessor extends AbstractProcessor {
  static final String API_RESOURCE = "dev.armature.annotations.ApiResource";
  /** Package of generated code (default: common package of the resources + {@code .api}). */
  public static final String OPTION_PACKAGE = "armature.package";
  /** {@code true}: build and write the IR only, no Java (the Maven plugin's {@code -proc:only} pass). */
  public static final String OPTION_IR_ONLY = "armature.irOnly";
  /** Comma-separated warning tags to silence, e.g. {@code no-version,public-writes}. */
  public static final String OPTION_SUPPRESS = "armature.suppress";
  /** {@code info.title} of {@code openapi.yaml} (default: the project's name, see the README). */
  public static final String OPTION_TITLE = "armature.title";
  /** {@code info.version} of {@code openapi.yaml} (default: the project's version, see the README). */
  public static final String OPTION_VERSION = "armature.version";
  /** {@code true}: print the processor's own time as a note (used by bench/). */
  public static final String OPTION_TIMING = "armature.timing";

  private final Map<String, Element> deferred = new LinkedHashMap<>();
  private final List<String> seen = new ArrayList<>();
  private boolean emitted;
  private DomainModel model;
  private long nanos;
  private int resources;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(API_RESOURCE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_PACKAGE, OPTION_IR_ONLY, OPTION_SUPPRESS, OPTION_TIMING, OPTION_TITLE, OPTION_VERSION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    Reporter reporter = reporter();
    try {
      TypeElement apiResource = processingEnv.getElementUtils().getTypeElement(API_RESOURCE);
      List<Element> pending = new ArrayList<>(deferred.values());
      deferred.clear();
      if (apiResource != null) {
        for (Element e : round.getElementsAnnotatedWith(apiResource)) {
          if (!seen.contains(e.toString())) {
            seen.add(e.toString());
            pending.add(e);
          }
        }
      }
      if (round.processingOver()) {
        reportIncomplete(pending, reporter);
      } else if (!pending.isEmpty()) {
        if (emitted) {
          pending.forEach(e -> reporter.report(Message.LATE_RESOURCE, e, e.getSimpleName()));
        } else {
          processResources(pending, round, reporter);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.INTERNAL_ERROR.format("this round", e));
    }
    nanos += System.nanoTime() - start;
    if (round.processingOver() && Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_TIMING))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, String.format(
          "[armature:timing] %d resources in %.1f ms", resources, nanos / 1e6));
    }
    return false;
  }

  private void processResources(List<Element> pending, RoundEnvironment round, Reporter reporter) {
    boolean irOnly = Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_IR_ONLY));
    EntityScanner scanner = new EntityScanner(processingEnv, reporter);
    Repositories repositories = scanner.repositories(round.getRootElements());
    List<TypeElement> types = pending.stream().filter(TypeElement.class::isInstance).map(TypeElement.class::cast)
        .sorted(java.util.Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
    List<EntityModel> scanned = new ArrayList<>();
    for (TypeElement type : types) {
      try {
        EntityScanner.Result result = scanner.scan(type, DomainScanner.repositoryOf(type, repositories));
        if (result instanceof EntityScanner.Scanned s) {
          scanned.add(s.entity());
        } else if (result instanceof EntityScanner.Deferred d) {
          deferred.put(type.getQualifiedName().toString(), type);
        }
      } catch (RuntimeException | LinkageError e) {
        reporter.report(Message.INTERNAL_ERROR, type, type.getSimpleName(), e);
      }
    }
    if (!deferred.isEmpty()) {
      // Emit once, when every resource is complete: shared classes (security, advice) need them all.
      scanned.forEach(e -> deferred.put(e.qualifiedName(), e.origin()));
      return;
    }
    if (types.isEmpty()) {
      return;
    }
    DomainScanner domain = new DomainScanner(processingEnv, reporter);
    Optional<Classpath> classpath = domain.classpath(types.get(0), irOnly);
    if (classpath.isEmpty()) {
      emitted = true;
      return;
    }
    String pkg = DomainScanner.generatedPackage(scanned, processingEnv.getOptions().get(OPTION_PACKAGE));
    List<EntityModel> checked = domain.checkTogether(scanned, pkg);
    DomainModel model = DomainScanner.model(pkg, classpath.get(), checked);
    resources = checked.size();
    new OutputWriter(processingEnv, reporter).write(model, irOnly);
    this.model = model;
    emitted = true;
  }

  /**
   * The IR this instance built and wrote as {@code model.json}, once it has; empty before, and when no
   * resource was complete or the class path lacked what the generated code needs. For a caller that runs
   * the processor in its own JVM (the Maven plugin's IR pass), so it need not read {@code model.json} back.
   * Its {@code origin} elements belong to that compilation.
   */
  public Optional<DomainModel> model() {
    return Optional.ofNullable(model);
  }

  /** At the last round: rescans quietly (the complete ones already reported) and names what stayed incomplete. */
  private void reportIncomplete(List<Element> pending, Reporter reporter) {
    Reporter quiet = new Reporter(new SilentMessager(), Set.of());
    for (Element e : pending) {
      if (e instanceof TypeElement type) {
        EntityScanner.Result result = new EntityScanner(processingEnv, quiet).scan(type, Optional.empty());
        if (result instanceof EntityScanner.Deferred d) {
          reporter.report(Message.INCOMPLETE_TYPE, type, type.getQualifiedName(), d.reason());
        }
      }
    }
  }

  private Reporter reporter() {
    String suppress = processingEnv.getOptions().getOrDefault(OPTION_SUPPRESS, "");
    Set<String> tags = Arrays.stream(suppress.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
    return new Reporter(processingEnv.getMessager(), tags);
  }

  /** Swallows diagnostics of a rescan whose findings were already reported. */
  private static final class SilentMessager implements javax.annotation.processing.Messager {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        javax.lang.model.element.AnnotationMirror a) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        javax.lang.model.element.AnnotationMirror a, javax.lang.model.element.AnnotationValue v) {}
  }
}
