package dev.armature.processor;

import com.google.auto.service.AutoService;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.emit.JavaEmitters;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.scan.DomainScanner;
import dev.armature.processor.scan.EntityScanner;
import dev.armature.processor.scan.Repositories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
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

  /** Resources to scan again next round, by qualified name (CONVENTIONS 7: re-resolved each round). */
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> seen = new HashSet<>();
  /** Every root type of every round so far: a resource deferred to a later round still finds its repository. */
  private final Set<String> roots = new LinkedHashSet<>();
  /** Diagnostics printed so far, so a rescan in a later round repeats none of them. */
  private final Set<String> printed = new HashSet<>();
  private final JavaEmitters emitters;
  private boolean emitted;
  private DomainModel model;
  private long nanos;
  private int resources;

  public ArmatureProcessor() {
    this(new JavaEmitters());
  }

  /** With these emitters: a seam for tests of an emitter that fails. */
  ArmatureProcessor(JavaEmitters emitters) {
    this.emitters = emitters;
  }

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
      Elements elements = processingEnv.getElementUtils();
      round.getRootElements().stream().filter(TypeElement.class::isInstance)
          .forEach(e -> roots.add(((TypeElement) e).getQualifiedName().toString()));
      List<TypeElement> pending = new ArrayList<>(resolve(deferred));
      deferred.clear();
      TypeElement apiResource = elements.getTypeElement(API_RESOURCE);
      if (apiResource != null) {
        for (Element e : round.getElementsAnnotatedWith(apiResource)) {
          // @ApiResource targets types only
          if (e instanceof TypeElement type && seen.add(type.getQualifiedName().toString())) {
            pending.add(type);
          }
        }
      }
      if (round.processingOver()) {
        reportIncomplete(pending, reporter);
      } else if (!pending.isEmpty()) {
        if (emitted) {
          pending.forEach(e -> reporter.report(Message.LATE_RESOURCE, e, e.getSimpleName()));
        } else {
          processResources(pending, reporter);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // the phases catch their own failures on an element; this is the last resort
      reporter.reportInternal(null, "this round", e);
    }
    nanos += System.nanoTime() - start;
    if (round.processingOver() && Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_TIMING))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, String.format(
          "[armature:timing] %d resources in %.1f ms", resources, nanos / 1e6));
    }
    return false;
  }

  private List<TypeElement> resolve(Set<String> names) {
    Elements elements = processingEnv.getElementUtils();
    return names.stream().map(elements::getTypeElement).filter(java.util.Objects::nonNull).toList();
  }

  private void processResources(List<TypeElement> pending, Reporter reporter) {
    boolean irOnly = Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_IR_ONLY));
    EntityScanner scanner = new EntityScanner(processingEnv, reporter);
    Repositories repositories = scanner.repositories(resolve(roots));
    List<TypeElement> types = pending.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
    List<EntityModel> scanned = new ArrayList<>();
    for (TypeElement type : types) {
      try {
        EntityScanner.Result result = reporter.within(type,
            () -> scanner.scan(type, DomainScanner.repositoryOf(type, repositories)));
        if (result instanceof EntityScanner.Scanned s) {
          scanned.add(s.entity());
        } else if (result instanceof EntityScanner.Deferred) {
          deferred.add(type.getQualifiedName().toString());
        }
      } catch (RuntimeException | LinkageError e) {
        reporter.reportInternal(type, type.getSimpleName(), e);
      }
    }
    if (!deferred.isEmpty()) {
      // Emit once, when every resource is complete: shared classes (security, advice) need them all. The
      // complete ones are scanned again then; the reporter prints none of their diagnostics twice.
      scanned.forEach(e -> deferred.add(e.qualifiedName()));
      return;
    }
    if (types.isEmpty()) {
      return;
    }
    try {
      emit(types.get(0), scanned, irOnly, reporter);
    } catch (RuntimeException | LinkageError e) {
      reporter.reportInternal(types.get(0), "checking and writing the resources", e);
    }
    emitted = true;
  }

  /** After scanning: check the resources together, build the model, write it; {@code first} is where failures go. */
  private void emit(TypeElement first, List<EntityModel> scanned, boolean irOnly, Reporter reporter) {
    DomainScanner domain = new DomainScanner(processingEnv, reporter);
    Optional<Classpath> classpath = domain.classpath(first, irOnly);
    if (classpath.isEmpty()) {
      return;
    }
    String pkg = DomainScanner.generatedPackage(scanned, processingEnv.getOptions().get(OPTION_PACKAGE));
    List<EntityModel> checked = domain.checkTogether(scanned, pkg);
    DomainModel model = DomainScanner.model(pkg, classpath.get(), checked);
    resources = checked.size();
    new OutputWriter(processingEnv, reporter, emitters).write(model, irOnly);
    this.model = model;
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
  private void reportIncomplete(List<TypeElement> pending, Reporter reporter) {
    Reporter quiet = new Reporter(new SilentMessager(), Set.of());
    for (TypeElement type : pending) {
      EntityScanner.Result result = new EntityScanner(processingEnv, quiet).scan(type, Optional.empty());
      if (result instanceof EntityScanner.Deferred d) {
        reporter.report(Message.INCOMPLETE_TYPE, type, type.getQualifiedName(), d.reason());
      }
    }
  }

  private Reporter reporter() {
    String suppress = processingEnv.getOptions().getOrDefault(OPTION_SUPPRESS, "");
    Set<String> tags = Arrays.stream(suppress.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
    return new Reporter(processingEnv.getMessager(), tags, printed);
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
