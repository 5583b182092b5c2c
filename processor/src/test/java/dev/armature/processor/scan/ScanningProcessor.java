package dev.armature.processor.scan;

import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Runs the real {@link EntityScanner} inside javac and keeps the IR it builds, for assertions. */
final class ScanningProcessor extends AbstractProcessor {
  final List<EntityModel> entities = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.armature.annotations.ApiResource");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager(), Set.of());
    Repositories repositories = new Repositories(processingEnv, reporter, round.getRootElements());
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) e;
        EntityScanner.Result result = new EntityScanner(processingEnv, reporter)
            .scan(type, DomainScanner.repositoryOf(type, repositories));
        if (result instanceof EntityScanner.Scanned s) {
          entities.add(s.entity());
        }
      }
    }
    return false;
  }

  EntityModel entity(String simpleName) {
    Optional<EntityModel> e = entities.stream().filter(x -> x.simpleName().equals(simpleName)).findFirst();
    return e.orElseThrow(() -> new AssertionError("no IR for " + simpleName + " in " + entities));
  }
}
