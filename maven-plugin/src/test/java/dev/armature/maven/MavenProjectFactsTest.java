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

  @Test
  void warnsWhenTheCompileRunsAnotherProcessorVersionThanThePlugin() throws Exception {
    Plugin compiler = compiler("<configuration><annotationProcessorPaths><path><groupId>dev.armature</groupId>"
        + "<artifactId>armature-processor</artifactId><version>0.0.9</version></path></annotationProcessorPaths>"
        + "</configuration>");
    assertThat(MavenProjectFacts.processorVersionMismatch(project(compiler), "0.1.0")).hasValueSatisfying(warning ->
        assertThat(warning).contains("armature-processor 0.0.9", "annotationProcessorPaths", "plugin's version 0.1.0"));
    assertThat(MavenProjectFacts.processorVersionMismatch(project(compiler), "0.0.9")).isEmpty();
  }

  @Test
  void readsAProcessorPathWithoutVersionFromDependencyManagement() throws Exception {
    Plugin compiler = compiler("<configuration><annotationProcessorPaths><path><groupId>dev.armature</groupId>"
        + "<artifactId>armature-processor</artifactId></path></annotationProcessorPaths></configuration>");
    MavenProject project = project(compiler);
    org.apache.maven.model.Dependency managed = new org.apache.maven.model.Dependency();
    managed.setGroupId("dev.armature");
    managed.setArtifactId("armature-processor");
    managed.setVersion("0.2.0");
    org.apache.maven.model.DependencyManagement management = new org.apache.maven.model.DependencyManagement();
    management.addDependency(managed);
    project.getModel().setDependencyManagement(management);
    assertThat(MavenProjectFacts.processorVersionMismatch(project, "0.1.0")).hasValueSatisfying(warning ->
        assertThat(warning).contains("armature-processor 0.2.0"));
    assertThat(MavenProjectFacts.processorVersionMismatch(project(null), "0.1.0")).isEmpty();
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
