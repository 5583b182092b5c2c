package dev.armature.maven.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.armature.maven.generators.EnvExampleVars;
import dev.armature.maven.spi.HookResult;
import dev.armature.maven.spi.Settings;
import dev.armature.maven.testing.SampleModels;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Spring Security the generated API has no accounts: no admin account is made, written or described. */
class WithoutSecurityTest {
  @TempDir Path dir;

  private static DomainModel open() {
    DomainModel library = SampleModels.library();
    return new DomainModel(library.generatedPackage(), new Classpath(3, false), library.entities());
  }

  @Test
  void noAdminCredentialsAndNoAdminVariables() throws Exception {
    TempDirProjectFiles files = new TempDirProjectFiles(dir);

    HookResult admin = new AdminCredentialsHook().run(HookContexts.context(dir, open(), Map.of(), files));
    HookResult env = new EnvFileHook().run(HookContexts.context(dir, open(), admin.artifacts(), files));

    assertThat(admin.success()).isTrue();
    assertThat(admin.message()).startsWith("no account made: Spring Security is not a dependency");
    assertThat(admin.artifacts()).isEmpty();
    assertThat(dir.resolve(".admin_credentials")).doesNotExist();
    assertThat(env.success()).isTrue();
    assertThat(Files.readString(dir.resolve(".env"))).doesNotContain("ARMATURE_ADMIN").contains("SPRING_DATASOURCE_URL=");
  }

  @Test
  void envExampleListsNoAdminAccount() {
    EnvExampleVars open = EnvExampleVars.of(SampleModels.project(dir), Settings.defaults(), open());
    EnvExampleVars secured = EnvExampleVars.of(SampleModels.project(dir), Settings.defaults(), SampleModels.library());

    assertThat(open.variables()).extracting(EnvExampleVars.Variable::name).doesNotContain("ARMATURE_ADMIN_USERNAME",
        "ARMATURE_ADMIN_PASSWORD").contains("SERVER_PORT");
    assertThat(secured.variables()).extracting(EnvExampleVars.Variable::name).contains("ARMATURE_ADMIN_USERNAME",
        "ARMATURE_ADMIN_PASSWORD");
  }
}
