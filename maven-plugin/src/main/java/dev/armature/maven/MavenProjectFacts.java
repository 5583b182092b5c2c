package dev.armature.maven;

import dev.armature.maven.ir.IrRequest;
import dev.armature.maven.spi.ProjectFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads what the plugin needs from the Maven project into plain values (the SPI sees no Maven types). */
final class MavenProjectFacts {
  private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
  private static final String PROCESSOR = "dev.armature:armature-processor";

  private MavenProjectFacts() {}

  static ProjectFacts of(MavenProject project) {
    List<ProjectFacts.Dependency> dependencies = project.getArtifacts().stream()
        .map(a -> new ProjectFacts.Dependency(a.getGroupId(), a.getArtifactId(), a.getBaseVersion(),
            a.getScope() == null ? "compile" : a.getScope()))
        .toList();
    boolean processor = dependencies.stream().anyMatch(d -> d.artifactId().equals("armature-processor"))
        || compilerConfiguration(project).map(c -> c.getChild("annotationProcessorPaths"))
            .map(paths -> java.util.Arrays.stream(paths.getChildren())
                .anyMatch(p -> p.getChild("artifactId") != null
                    && "armature-processor".equals(p.getChild("artifactId").getValue())))
            .orElse(false);
    String release = firstProperty(project, "maven.compiler.release", "maven.compiler.target", "java.version");
    return new ProjectFacts(project.getGroupId(), project.getArtifactId(), project.getVersion(),
        project.getName() == null || project.getName().isBlank() ? project.getArtifactId() : project.getName(),
        project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()), project.getBuild().getFinalName(),
        Optional.ofNullable(release), System.getProperty("java.version"), dependencies, processor);
  }

  /** The IR pass over this project's sources and compile class path, into {@code target/armature/ir}. */
  static IrRequest irRequest(MavenProject project) throws DependencyResolutionRequiredException {
    Path build = Path.of(project.getBuild().getDirectory());
    List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    List<Path> classpath = new ArrayList<>();
    for (String element : project.getCompileClasspathElements()) {
      Path p = Path.of(element);
      // the project's own output folder is on the list; it holds nothing the IR needs and changes every compile
      if (!p.toAbsolutePath().normalize().equals(Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize())) {
        classpath.add(p);
      }
    }
    String encoding = Optional.ofNullable(project.getProperties().getProperty("project.build.sourceEncoding"))
        .orElse("UTF-8");
    return new IrRequest(roots, List.of(build.resolve("generated-sources/annotations")), classpath,
        processorOptions(project), encoding, build.resolve("armature/ir"), earlierProcessors(project));
  }

  /**
   * The jars of the processors listed before {@code armature-processor} in {@code annotationProcessorPaths}
   * that are also dependencies of the project (Lombok is both: its annotations are compiled against), in
   * that order: the IR pass runs them first, as the compile does. A processor that is only on the
   * processor path is not run by the IR pass (resolving it would need its own dependency resolution), which
   * only matters for processors that change the entities.
   */
  static List<Path> earlierProcessors(MavenProject project) {
    List<String> before = new ArrayList<>();
    compilerConfiguration(project).map(c -> c.getChild("annotationProcessorPaths")).ifPresent(paths -> {
      for (Xpp3Dom path : paths.getChildren()) {
        String artifactId = path.getChild("artifactId") == null ? null : path.getChild("artifactId").getValue();
        String groupId = path.getChild("groupId") == null ? "" : path.getChild("groupId").getValue();
        if ("armature-processor".equals(artifactId)) {
          break;
        }
        before.add(groupId + ":" + artifactId);
      }
    });
    List<Path> jars = new ArrayList<>();
    for (String key : before) {
      project.getArtifacts().stream()
          .filter(a -> key.equals(a.getGroupId() + ":" + a.getArtifactId()) && a.getFile() != null)
          .findFirst().ifPresent(a -> jars.add(a.getFile().toPath()));
    }
    return jars;
  }

  /**
   * A warning when the compile runs another {@code armature-processor} than this plugin's version: the REST
   * layer the compile generates and the model this plugin builds would come from two Armatures (issue 9).
   * The version is read from {@code annotationProcessorPaths} (or the project's dependency management, which
   * maven-compiler-plugin falls back on) and from a dependency on the processor.
   */
  static Optional<String> processorVersionMismatch(MavenProject project, String pluginVersion) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (Xpp3Dom configuration : compileConfigurations(project)) {
      Xpp3Dom paths = configuration.getChild("annotationProcessorPaths");
      for (Xpp3Dom path : paths == null ? new Xpp3Dom[0] : paths.getChildren()) {
        if (isProcessor(path.getChild("groupId"), path.getChild("artifactId"))) {
          String version = path.getChild("version") == null ? managedProcessorVersion(project) : path.getChild("version").getValue();
          if (version != null) {
            versions.put(version.trim(), "maven-compiler-plugin's annotationProcessorPaths");
          }
        }
      }
    }
    project.getArtifacts().stream().filter(a -> PROCESSOR.equals(a.getGroupId() + ":" + a.getArtifactId()))
        .forEach(a -> versions.putIfAbsent(a.getBaseVersion(), "a dependency of the project"));
    return versions.entrySet().stream().filter(v -> !v.getKey().equals(pluginVersion)).findFirst()
        .map(v -> "armature-processor " + v.getKey() + " (" + v.getValue() + ") is not this plugin's version "
            + pluginVersion + ": the REST layer the compile generates and the model armature:generate builds can"
            + " disagree. Give both the same version, e.g. from one property <armature.version>.");
  }

  private static boolean isProcessor(Xpp3Dom groupId, Xpp3Dom artifactId) {
    return artifactId != null && "armature-processor".equals(artifactId.getValue())
        && (groupId == null || "dev.armature".equals(groupId.getValue()));
  }

  private static String managedProcessorVersion(MavenProject project) {
    if (project.getDependencyManagement() == null) {
      return null;
    }
    return project.getDependencyManagement().getDependencies().stream()
        .filter(d -> PROCESSOR.equals(d.getGroupId() + ":" + d.getArtifactId()))
        .map(org.apache.maven.model.Dependency::getVersion).findFirst().orElse(null);
  }

  /** {@code -Aarmature.*} arguments of maven-compiler-plugin, so the IR pass sees what the compile sees. */
  static Map<String, String> processorOptions(MavenProject project) {
    Map<String, String> options = new LinkedHashMap<>();
    compileConfigurations(project).forEach(c -> {
      List<String> args = new ArrayList<>();
      Xpp3Dom list = c.getChild("compilerArgs");
      if (list != null) {
        for (Xpp3Dom arg : list.getChildren()) {
          args.add(arg.getValue());
        }
      }
      if (c.getChild("compilerArgument") != null) {
        args.addAll(List.of(c.getChild("compilerArgument").getValue().trim().split("\\s+")));
      }
      for (String arg : args) {
        if (arg != null && arg.startsWith("-Aarmature.")) {
          int eq = arg.indexOf('=');
          options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
      }
    });
    return options;
  }

  /**
   * The plugin-level configuration, then the {@code default-compile} execution's (issue 9: the README and
   * the example put {@code -Aarmature.package} there; a later value wins, as in Maven's merge).
   */
  private static List<Xpp3Dom> compileConfigurations(MavenProject project) {
    List<Xpp3Dom> configurations = new ArrayList<>();
    Plugin compiler = project.getBuild().getPluginsAsMap().get(COMPILER);
    if (compiler == null) {
      return configurations;
    }
    if (compiler.getConfiguration() != null) {
      configurations.add((Xpp3Dom) compiler.getConfiguration());
    }
    compiler.getExecutions().stream()
        .filter(e -> "default-compile".equals(e.getId()) && e.getConfiguration() != null)
        .forEach(e -> configurations.add((Xpp3Dom) e.getConfiguration()));
    return configurations;
  }

  private static Optional<Xpp3Dom> compilerConfiguration(MavenProject project) {
    Plugin compiler = project.getBuild().getPluginsAsMap().get(COMPILER);
    return Optional.ofNullable(compiler).map(p -> (Xpp3Dom) p.getConfiguration());
  }

  private static String firstProperty(MavenProject project, String... names) {
    for (String name : names) {
      String value = project.getProperties().getProperty(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }
}
