package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the emitters write compiles against Spring 7 / Security 7 / Data JPA 4.1, with Jackson 3 or 2. */
class JavaEmittersCompileTest {

  @ParameterizedTest(name = "jackson {0}, security {1}")
  @CsvSource({"3, true", "2, true", "3, false", "2, false"})
  void generatedCodeCompilesWithoutWarnings(int jacksonMajor, boolean security) {
    CompiledCode code = CompiledCode.compile(EmitFixture.model(jacksonMajor, security));

    assertThat(code.compilation).succeededWithoutWarnings();
    List<String> names = code.files.stream().map(f -> f.typeSpec().name()).toList();
    assertThat(names.contains("ArmatureSecurityConfiguration")).isEqualTo(security);
    String other = jacksonMajor == 3 ? "com.fasterxml.jackson.databind" : "tools.jackson";
    assertThat(names.contains("ArmatureAdminAccountConfiguration")).isEqualTo(security);
    for (JavaFile file : code.files) {
      assertThat(file.toString()).doesNotContain(other);
      // Boot moved most packages in 4.0; only these two, in spring-boot-autoconfigure on both lines, are used
      // (Boot's own auto-configurations are named by strings, for 3.5 and 4.x at once)
      String withoutAllowed = file.toString()
          .replace("import org.springframework.boot.autoconfigure.AutoConfiguration;", "")
          .replace("import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;", "")
          .replaceAll("\"org\\.springframework\\.boot\\.[A-Za-z0-9.]+\"", "\"\"");
      assertThat(withoutAllowed).doesNotContain("org.springframework.boot");
    }
  }
}
