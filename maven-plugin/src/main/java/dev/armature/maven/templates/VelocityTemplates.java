package dev.armature.maven.templates;

import dev.armature.maven.spi.TemplateVars;
import dev.armature.maven.spi.Templates;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.parser.node.Node;
import org.slf4j.helpers.NOPLogger;

/**
 * {@link Templates} on Apache Velocity 2 in strict mode.
 *
 * <p>One engine per instance (one instance per build), shared by the generators' threads: Velocity's
 * engine and parsed templates are safe to merge concurrently, and each render has its own context. Built-in
 * templates are parsed once and cached by Velocity's resource manager; a {@code templateDirectory} file is
 * read on every render. Velocity logs nothing (a NOP logger): every problem is a
 * {@link TemplateException} whose message names the template, the line and the column.
 */
public final class VelocityTemplates implements Templates {
  private static final String PROJECT = "project";
  private static final String BUILT_IN = "builtin";
  /** How Velocity appends a location to its messages: {@code ... at API.md.vm[line 3, column 5]}. */
  private static final Pattern LOCATION = Pattern.compile("\\s*at (\\S+)\\[line (\\d+), column (\\d+)]");

  private final Optional<TemplateLoader> project;
  private final TemplateLoader builtIn;
  private final VelocityEngine engine;

  /**
   * @param templateDirectory the project's {@code templateDirectory}: its files replace built-in templates
   *     of the same name
   * @param loader finds {@code armature/templates/{name}} (the plugin's class loader, with its dependencies)
   */
  public VelocityTemplates(Optional<Path> templateDirectory, ClassLoader loader) {
    Objects.requireNonNull(templateDirectory, "templateDirectory");
    Objects.requireNonNull(loader, "loader");
    this.project = templateDirectory.map(TemplateLoader::folder);
    this.builtIn = TemplateLoader.classPath(loader);
    this.engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
    // \$HOME is always the text $HOME (VELOCITY-623), so shell snippets need no variable for it
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT_ESCAPE, true);
    engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines"); // a directive alone on its line leaves no line
    engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    engine.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
    engine.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, false);
    List<String> loaders = new ArrayList<>();
    project.ifPresent(p -> {
      loaders.add(PROJECT);
      configure(PROJECT, p, false);
    });
    loaders.add(BUILT_IN);
    configure(BUILT_IN, builtIn, true);
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, String.join(",", loaders));
    engine.init();
  }

  /**
   * The files of {@code templateDirectory} (relative, {@code /}-separated) that replace nothing: no template of
   * that name is on the plugin's class path. Usually a misspelt name, which would otherwise be ignored in
   * silence; or a partial that a replacement {@code #parse}s.
   */
  public List<String> replacingNothing() throws java.io.IOException {
    if (project.isEmpty()) {
      return List.of();
    }
    Path folder = project.get().folder();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
      return files.filter(java.nio.file.Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
          .filter(name -> builtIn.text(name).isEmpty())
          .sorted()
          .toList();
    }
  }

  private void configure(String name, TemplateLoader loader, boolean cache) {
    String prefix = RuntimeConstants.RESOURCE_LOADER + "." + name + ".";
    engine.setProperty(prefix + RuntimeConstants.RESOURCE_LOADER_INSTANCE, loader);
    engine.setProperty(prefix + RuntimeConstants.RESOURCE_LOADER_CACHE, cache);
    engine.setProperty(prefix + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, 0); // never re-read in a build
  }

  @Override
  public String render(String name, TemplateVars vars) {
    Objects.requireNonNull(name, "name");
    checkName(name);
    Map<String, Object> values;
    try {
      values = TemplateValues.of(vars);
    } catch (TemplateValues.InvalidValueException e) {
      throw new TemplateException(where(name) + ": " + e.getMessage(), e);
    }
    Template template = template(name);
    ReferenceCheck.firstUnknown((Node) template.getData(), values.keySet()).ifPresent(unknown -> {
      throw new TemplateException(at(name, unknown.line(), unknown.column()) + ": $" + unknown.name()
          + " is not a variable of " + TemplateValues.typeName(vars.getClass()) + "; it has: "
          + String.join(", ", TemplateValues.names(vars)), null);
    });
    StringWriter out = new StringWriter();
    try {
      template.merge(new VelocityContext(new HashMap<>(values)), out);
    } catch (MethodInvocationException e) {
      if (e.getCause() instanceof TemplateRecord.UnknownComponentException unknown) {
        String reference = "$" + (e.getReferenceName() == null ? "…" : e.getReferenceName());
        throw new TemplateException(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()) + ": "
            + reference + "." + unknown.name + " is not a variable of " + unknown.type + "; it has: "
            + String.join(", ", unknown.known), e);
      }
      throw failure(name, e);
    } catch (VelocityException | UncheckedIOException e) {
      throw failure(name, e);
    }
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The parsed template: from {@code templateDirectory} when it has the file, else built in. */
  private Template template(String name) {
    try {
      return engine.getTemplate(name, "UTF-8");
    } catch (ResourceNotFoundException e) {
      List<String> places = new ArrayList<>();
      project.ifPresent(p -> places.add(p.place(name)));
      places.add(builtIn.place(name));
      throw new TemplateException("template " + name + " not found: looked for " + String.join(" and ", places)
          + "; is armature-templates (or the jar of the generator that uses it) a dependency of the plugin?", e);
    } catch (VelocityException | UncheckedIOException e) {
      throw failure(name, e);
    }
  }

  /**
   * A Velocity error as "template line L, column C: what", without Velocity's own location suffix, and
   * without its list of expected tokens; its parser shows the end of the text as the escaped character 001C.
   */
  private TemplateException failure(String name, RuntimeException e) {
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim()
        .replace("\"\\u001c\"", "the end of the template");
    if (e instanceof ExtendedParseException located && located.getTemplateName() != null) {
      return new TemplateException(at(located.getTemplateName(), located.getLineNumber(), located.getColumnNumber())
          + ": " + LOCATION.matcher(message).replaceAll(""), e);
    }
    if (e instanceof ParseErrorException parse && parse.getTemplateName() != null) {
      return new TemplateException(at(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber())
          + ": syntax error: " + LOCATION.matcher(message).replaceAll(""), e);
    }
    Matcher location = LOCATION.matcher(message);
    if (location.find()) {
      return new TemplateException(at(location.group(1), Integer.parseInt(location.group(2)),
          Integer.parseInt(location.group(3))) + ": " + location.replaceAll(""), e);
    }
    return new TemplateException(where(name) + ": " + message, e);
  }

  private String at(String name, int line, int column) {
    return where(name) + " line " + line + ", column " + column;
  }

  /** The template's name, or for one from {@code templateDirectory}, its file. */
  private String where(String name) {
    return project.flatMap(p -> p.file(name)).map(Path::toString).orElse(name);
  }

  /** A name is a relative, {@code /}-separated path that stays under the template folders. */
  private static void checkName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
        || List.of(name.split("/", -1)).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
      throw new TemplateException("'" + name + "' is not a template name: use a relative path such as"
          + " API.md.vm, without . or .. segments", null);
    }
  }
}
