package dev.armature.processor.model;

import java.util.Locale;

/**
 * Column names as Spring Boot names them by default ({@code CamelCaseToUnderscoresNamingStrategy} in Boot
 * 3 and 4, formerly {@code SpringPhysicalNamingStrategy}): an underscore between a lower-case letter or
 * digit and an upper-case letter followed by a lower-case one, dots become underscores, all lower case.
 * It applies to explicit names too ({@code @Column(name = "firstName")} is {@code first_name}). A project
 * with another strategy still matches: the generated code compares names without case and underscores.
 */
public final class ColumnNames {
  private ColumnNames() {}

  public static String physical(String logical) {
    StringBuilder name = new StringBuilder(logical.replace('.', '_'));
    for (int i = 1; i < name.length() - 1; i++) {
      if (underscoreBefore(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
        name.insert(i++, '_');
      }
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }

  /** The implicit join column of a to-one {@code author} to an id {@code id}: {@code author_id}. */
  public static String joinColumn(String property, String targetIdColumn) {
    return physical(property) + "_" + targetIdColumn;
  }

  private static boolean underscoreBefore(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
