package dev.armature.processor;

import com.palantir.javapoet.JavaFile;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.emit.JavaEmitters;
import dev.armature.processor.emit.SecurityAutoConfigurations;
import dev.armature.processor.json.ModelJsonWriter;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.openapi.OpenApiWriter;
import dev.armature.processor.scan.DomainScanner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the IR gives: Java sources (unless IR-only), {@code model.json}, {@code openapi.yaml} and its
 * JSON twin {@code openapi.json}.
 */
final class OutputWriter {
  static final String MODEL_JSON = "META-INF/armature/model.json";
  static final String OPENAPI_YAML = "META-INF/armature/openapi.yaml";
  static final String OPENAPI_JSON = "META-INF/armature/openapi.json";

  private final Filer filer;
  private final javax.lang.model.util.Elements elements;
  private final Reporter reporter;
  private final java.util.Map<String, String> options;
  private final JavaEmitters emitters;

  OutputWriter(ProcessingEnvironment env, Reporter reporter, JavaEmitters emitters) {
    this.filer = env.getFiler();
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.options = env.getOptions();
    this.emitters = emitters;
  }

  void write(DomainModel model, boolean irOnly) {
    Element[] origins = model.entities().stream().map(EntityModel::origin).toArray(Element[]::new);
    Element first = origins.length > 0 ? origins[0] : null;
    if (!irOnly && !model.entities().isEmpty()) {
      JavaEmitters.Failures failures = (file, resource, e) -> reporter.reportInternal(
          resource.map(EntityModel::origin).orElse(first), model.generatedPackage() + "." + file, e);
      for (JavaFile file : emitters.emit(model, failures)) {
        String name = file.packageName() + "." + file.typeSpec().name();
        Element origin = file.typeSpec().originatingElements().isEmpty()
            ? first : file.typeSpec().originatingElements().get(0);
        try {
          writeSource(file);
        } catch (FilerException e) {
          refused(name, origin, e);
        } catch (IOException e) {
          reporter.reportInternal(origin, name, e);
        }
      }
    }
    if (!irOnly && !model.entities().isEmpty() && model.classpath().springSecurity()) {
      autoConfigurationImports(model, origins);
    }
    resource(MODEL_JSON, () -> new ModelJsonWriter().write(model), origins);
    OpenApiWriter openApi = new OpenApiWriter(ProjectInfoReader.read(filer, options, model.generatedPackage()));
    resource(OPENAPI_YAML, () -> openApi.write(model), origins);
    resource(OPENAPI_JSON, () -> openApi.writeJson(model), origins);
  }

  /**
   * The Filer refuses a type that is among the sources being compiled or that was generated earlier in
   * this compilation. Only a previous build's own output (it carries Armature's {@code @Generated}) is
   * fixed by a clean build; a project's type of that name has to be renamed.
   */
  private void refused(String name, Element origin, FilerException e) {
    TypeElement existing = elements.getTypeElement(name);
    if (existing != null && DomainScanner.generatedByArmature(existing)) {
      reporter.report(Message.STALE_GENERATED_SOURCE, origin, name);
    } else if (existing != null) {
      reporter.report(Message.GENERATED_NAME_TAKEN, existing, name, DomainScanner.TAKEN_BY_PROJECT);
    } else {
      reporter.report(Message.GENERATED_NAME_TAKEN, origin, name, "the compiler refused to create it (" + e.getMessage()
          + "): another annotation processor has generated a type of that name; rename that type or set -Aarmature.package");
    }
  }

  /**
   * Renders the file into memory, then hands it to the Filer in one write: JavaPoet's own
   * {@code writeTo(Filer)} writes token by token into the Filer's unbuffered writer, which cost ~15% of
   * rendering (issue 2).
   */
  private void writeSource(JavaFile file) throws IOException {
    String source = file.toString();
    Element[] originating = file.typeSpec().originatingElements().toArray(Element[]::new);
    JavaFileObject out = filer.createSourceFile(file.packageName() + "." + file.typeSpec().name(), originating);
    try (Writer w = out.openWriter()) {
      w.write(source);
    }
  }

  /**
   * Boot's list of auto-configurations, where the generated security classes must be (see
   * {@code SecurityConfigurationEmitter}). A project's own list, already copied into the class output by
   * {@code process-resources}, is kept: its lines come first, ours (from any earlier build) are replaced.
   */
  private void autoConfigurationImports(DomainModel model, Element[] origins) {
    String ours = SecurityAutoConfigurations.imports(model.generatedPackage());
    java.util.Set<String> lines = new java.util.LinkedHashSet<>();
    try {
      String existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", SecurityAutoConfigurations.IMPORTS)
          .getCharContent(true).toString();
      existing.lines().map(String::strip).filter(l -> !l.isEmpty() && !ours.contains(l)).forEach(lines::add);
    } catch (IOException | IllegalArgumentException | IllegalStateException none) {
      // no list yet (the usual case), or a Filer that cannot read it back
    }
    lines.addAll(ours.lines().toList());
    resource(SecurityAutoConfigurations.IMPORTS, () -> String.join("\n", lines) + "\n", origins);
  }

  private void resource(String path, Supplier<String> content, Element[] origins) {
    Element first = origins.length > 0 ? origins[0] : null;
    try {
      String text = content.get();
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        w.write(text);
      }
    } catch (IOException | RuntimeException e) {
      reporter.reportInternal(first, path, e);
    }
  }
}
