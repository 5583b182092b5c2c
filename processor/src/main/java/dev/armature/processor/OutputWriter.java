package dev.armature.processor;

import com.palantir.javapoet.JavaFile;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.emit.JavaEmitters;
import dev.armature.processor.json.ModelJsonWriter;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.openapi.OpenApiWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
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
  private final Reporter reporter;
  private final java.util.Map<String, String> options;

  OutputWriter(ProcessingEnvironment env, Reporter reporter) {
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.options = env.getOptions();
  }

  void write(DomainModel model, boolean irOnly) {
    Element[] origins = model.entities().stream().map(EntityModel::origin).toArray(Element[]::new);
    if (!irOnly && !model.entities().isEmpty()) {
      for (JavaFile file : new JavaEmitters().emit(model)) {
        try {
          writeSource(file);
        } catch (javax.annotation.processing.FilerException e) {
          Element origin = file.typeSpec().originatingElements().isEmpty()
              ? (origins.length > 0 ? origins[0] : null) : file.typeSpec().originatingElements().get(0);
          reporter.report(Message.STALE_GENERATED_SOURCE, origin, file.packageName() + "." + file.typeSpec().name());
        } catch (IOException e) {
          reporter.report(Message.INTERNAL_ERROR, origins.length > 0 ? origins[0] : null,
              file.packageName() + "." + file.typeSpec().name(), e);
        }
      }
    }
    resource(MODEL_JSON, new ModelJsonWriter().write(model), origins);
    OpenApiWriter openApi = new OpenApiWriter(ProjectInfoReader.read(filer, options, model.generatedPackage()));
    resource(OPENAPI_YAML, openApi.write(model), origins);
    resource(OPENAPI_JSON, openApi.writeJson(model), origins);
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

  private void resource(String path, String content, Element[] origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        w.write(content);
      }
    } catch (IOException e) {
      reporter.report(Message.INTERNAL_ERROR, origins.length > 0 ? origins[0] : null, path, e);
    }
  }
}
