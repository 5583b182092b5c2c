package dev.armature.maven.generators;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resource's names in English prose: the singular from the entity's class name ({@code BookLoan} → book
 * loan), the plural from its path ({@code book-loans} → book loans), which by default is the inflected
 * plural of the class name and otherwise what the project chose to call the collection.
 */
final class Words {
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  /** {@code user}, {@code unit}, {@code utility}: a {@code u} said "you" (not {@code undo}, {@code update}). */
  private static final Pattern YOU = Pattern.compile("u(?!n[^i])(?!p)[^aeiou][aeiou]");

  private Words() {}

  /** {@code BookLoan} → {@code book loan}. */
  static String singular(String simpleName) {
    return CAMEL.matcher(simpleName).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** {@code book-loans} → {@code book loans}. */
  static String plural(String path) {
    return path.replaceAll("[-_/]+", " ").trim();
  }

  /** {@code a book}, {@code an author}, {@code a user}, {@code an update}. */
  static String article(String noun) {
    return a(noun) + " " + noun;
  }

  /** The indefinite article of a noun: {@code a} or {@code an}, by how the word sounds. */
  static String a(String noun) {
    String word = noun.toLowerCase(Locale.ROOT);
    boolean vowelSound;
    if (word.isEmpty() || word.startsWith("eu") || word.startsWith("one")) {
      vowelSound = false;
    } else if (word.startsWith("u")) {
      vowelSound = !YOU.matcher(word).lookingAt();
    } else {
      vowelSound = "aeio".indexOf(word.charAt(0)) >= 0;
    }
    return vowelSound ? "an" : "a";
  }
}
