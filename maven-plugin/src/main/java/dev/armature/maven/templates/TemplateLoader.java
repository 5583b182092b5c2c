package dev.armature.maven.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Where Velocity reads templates from: a folder (the project's {@code templateDirectory}) or a class loader
 * under {@code armature/templates/}. Also serves {@code #parse}, so a partial is found the same way as the
 * template that includes it.
 *
 * <p>The text is read as strict UTF-8 (a BOM dropped) with every line end made {@code \n}, so a template
 * saved with CRLF on Windows gives the same bytes as one saved on Linux.
 */
final class TemplateLoader extends ResourceLoader {
  /** The folder of the built-in templates on the class path. */
  static final String PREFIX = "armature/templates/";

  private final Optional<Path> folder;
  private final ClassLoader classLoader;

  private TemplateLoader(Optional<Path> folder, ClassLoader classLoader) {
    this.folder = folder;
    this.classLoader = classLoader;
  }

  static TemplateLoader folder(Path folder) {
    return new TemplateLoader(Optional.of(folder), null);
  }

  static TemplateLoader classPath(ClassLoader classLoader) {
    return new TemplateLoader(Optional.empty(), classLoader);
  }

  /** The folder this loader reads; only for a loader made by {@link #folder}. */
  Path folder() {
    return folder.orElseThrow();
  }

  /** The file in the folder that holds this template, if this loader reads a folder and it has one. */
  Optional<Path> file(String name) {
    return folder.map(f -> f.resolve(name)).filter(Files::isRegularFile);
  }

  /** Where this loader looks for a template, for the message when none has it. */
  String place(String name) {
    return folder.map(f -> f.resolve(name).toString()).orElse(PREFIX + name + " on the plugin's class path");
  }

  /** The text of a template, line ends made {@code \n}; empty when this loader does not have it. */
  Optional<String> text(String name) {
    try {
      if (folder.isPresent()) {
        Optional<Path> file = file(name);
        return file.isEmpty() ? Optional.empty() : Optional.of(decode(Files.readAllBytes(file.get()), file.get().toString()));
      }
      URL url = classLoader.getResource(PREFIX + name);
      if (url == null) {
        return Optional.empty();
      }
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false); // a cached JarFile would keep the plugin's jar open after the build
      try (InputStream in = connection.getInputStream()) {
        return Optional.of(decode(in.readAllBytes(), url.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template " + place(name) + ": " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, String where) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new VelocityException(where + " is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  @Override
  public void init(ExtProperties configuration) {
    // configured in the constructor
  }

  @Override
  public Reader getResourceReader(String source, String encoding) {
    return new StringReader(text(source).orElseThrow(() -> new ResourceNotFoundException("no " + place(source))));
  }

  @Override
  public boolean resourceExists(String name) {
    return folder.isPresent() ? file(name).isPresent() : classLoader.getResource(PREFIX + name) != null;
  }

  /** One instance lives for one build, in which templates do not change. */
  @Override
  public boolean isSourceModified(Resource resource) {
    return false;
  }

  @Override
  public long getLastModified(Resource resource) {
    return 0;
  }
}
