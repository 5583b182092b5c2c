package dev.armature.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** The IR pass sees the {@code -A} options the compile sees, wherever a Maven user puts them (issue 9). */
class MavenProjectFactsTest {

  @Test
  void readsOptionsOfThePluginAndOfTheDefaultCompileExecutionWhereTheExecutionWins() throws Exception {
    Plugin compiler = compiler("<configuration><compilerArgs><arg>-Aarmature.suppress=no-version</arg>"
        + "<arg>-Aarmature.package=com.example.plugin</arg></compilerArgs></configuration>");
    compiler.addExecution(execution("default-compile",
        "<configuration><compilerArgs><arg>-Aarmature.package=com.example.api</arg></compilerArgs></configuration>"));
    compiler.addExecution(execution("default-testCompile",
        "<configuration><compilerArgs><arg>-Aarmature.package=com.example.tests</arg></compilerArgs></configuration>"));

    assertThat(MavenProjectFacts.processorOptions(project(compiler)))
        .containsEntry("armature.package", "com.example.api")
        .containsEntry("armature.suppress", "no-version")
        .hasSize(2);
  }

  @Test
  void anExecutionWithoutConfigurationAndAProjectWithoutTheCompilerPluginGiveNoOptions() throws Exception {
    Plugin compiler = compiler(null);
    PluginExecution bare = new PluginExecution();
    bare.setId("default-compile");
    compiler.addExecution(bare);
    assertThat(MavenProjectFacts.processorOptions(project(compiler))).isEmpty();
    assertThat(MavenProjectFacts.processorOptions(project(null))).isEmpty();
  }

  private static Plugin compiler(String configuration) throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    if (configuration != null) {
      plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
    }
    return plugin;
  }

  private static PluginExecution execution(String id, String configuration) throws Exception {
    PluginExecution execution = new PluginExecution();
    execution.setId(id);
    execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
    return execution;
  }

  private static MavenProject project(Plugin compiler) {
    MavenProject project = new MavenProject();
    Build build = new Build();
    if (compiler != null) {
      build.addPlugin(compiler);
    }
    project.getModel().setBuild(build);
    return project;
  }
}
