package dev.armature.processor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceNamesTest {
  @ParameterizedTest
  @CsvSource({"Book, books", "BookLoan, book-loans", "Category, categories",
      "HTTPLog, http-logs", "Address, addresses", "ISBNRange, isbn-ranges", "Status, statuses"})
  void defaultPathIsTheKebabCasePlural(String className, String path) {
    assertThat(ResourceNames.defaultPath(className)).isEqualTo(path);
    assertThat(ResourceNames.VALID_PATH.matcher(path).matches()).isTrue();
  }
}
