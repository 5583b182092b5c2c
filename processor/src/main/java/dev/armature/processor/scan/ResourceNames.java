package dev.armature.processor.scan;

import java.util.Locale;
import java.util.regex.Pattern;
import org.atteo.evo.inflector.English;

/** Default resource paths: the kebab-case plural of the class name ({@code BookLoan} → {@code book-loans}). */
final class ResourceNames {
  static final Pattern VALID_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

  private ResourceNames() {}

  static String defaultPath(String simpleName) {
    String[] words = simpleName.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i].toLowerCase(Locale.ROOT);
      if (i == words.length - 1) {
        word = English.plural(word);
      }
      if (path.length() > 0) {
        path.append('-');
      }
      path.append(word);
    }
    return path.toString();
  }
}
