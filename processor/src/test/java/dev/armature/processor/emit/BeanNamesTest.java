package dev.armature.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.armature.processor.ArmatureProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.ConfigurationClassPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The generated beans register beside a project's beans of the same simple names (issue 9: a project
 * {@code x.owner.OwnerController} stopped the app with {@code ConflictingBeanDefinitionException}).
 * Runs Spring's own registration, as Spring Boot does it: component scanning of the compiled classes and
 * {@code @EnableJpaRepositories}, with bean definition overriding off (Boot's default). Nothing is
 * instantiated, so no database is needed; the IT {@code petclinic-api} starts the real app.
 */
class BeanNamesTest {
  private static final String HEADER = "import jakarta.persistence.*; import dev.armature.annotations.*;";

  private static JavaFileObject source(String name, String... lines) {
    String pkg = name.substring(0, name.lastIndexOf('.'));
    List<String> all = new ArrayList<>(List.of("package " + pkg + "; " + HEADER));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(name, all);
  }

  private static List<JavaFileObject> project(JavaFileObject... more) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(
        source("com.example.owner.Owner", "@Entity @ApiResource public class Owner {",
            "  @Id @GeneratedValue public Long id; @Version public Long version; public String name; }"),
        source("com.example.vet.Vet", "@Entity @ApiResource public class Vet {",
            "  @Id @GeneratedValue public Long id; @Version public Long version; public String name; }"),
        // the project's own Thymeleaf controller and a hand-written DAO: default names ownerController, ownerRepository
        source("com.example.owner.OwnerController", "@org.springframework.stereotype.Controller",
            "public class OwnerController {}"),
        source("com.example.owner.OwnerRepository", "@org.springframework.stereotype.Repository",
            "public class OwnerRepository {}"),
        source("com.example.App", "@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)",
            "@org.springframework.data.jpa.repository.config.EnableJpaRepositories(basePackages = \"com.example\")",
            "public class App {}")));
    sources.addAll(List.of(more));
    return sources;
  }

  /** Compiles with the processor, writes the classes to a folder and registers them as Spring Boot would. */
  private static DefaultListableBeanFactory register(Path classes, List<JavaFileObject> sources) throws IOException {
    Compilation compilation = Compiler.javac().withProcessors(new ArmatureProcessor()).withOptions("-parameters")
        .compile(sources);
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("/com/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, BeanNamesTest.class.getClassLoader());
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.setBeanClassLoader(loader);
    beans.setAllowBeanDefinitionOverriding(false);
    ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(beans);
    scanner.setResourceLoader(new DefaultResourceLoader(loader));
    scanner.scan("com.example");
    ConfigurationClassPostProcessor configuration = new ConfigurationClassPostProcessor();
    configuration.setBeanClassLoader(loader);
    configuration.setResourceLoader(new DefaultResourceLoader(loader));
    configuration.setEnvironment(new StandardEnvironment());
    configuration.postProcessBeanDefinitionRegistry(beans);
    return beans;
  }

  @Test
  void generatedBeansAreNamedByTheirQualifiedNamesBesideTheProjectsOwn(@TempDir Path classes) throws IOException {
    DefaultListableBeanFactory beans = register(classes, project());

    assertThat(List.of(beans.getBeanDefinitionNames())).containsAtLeast(
        "ownerController", "ownerRepository",
        "com.example.api.OwnerController", "com.example.api.VetController",
        "com.example.api.OwnerRepository", "com.example.api.VetRepository",
        "com.example.api.ResourceOperations", "com.example.api.ProblemDetailsAdvice",
        "com.example.api.ArmatureSecurityConfiguration");
    assertThat(beans.getBeanDefinition("com.example.api.OwnerRepository").getBeanClassName())
        .isEqualTo("org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean");
    assertThat(beans.getBeanDefinition("ownerController").getBeanClassName()).isEqualTo("com.example.owner.OwnerController");
  }

  /** The twin that shows the registration above would catch a clash: a controller with a default name. */
  @Test
  void aControllerWithADefaultNameClashesWithTheProjectsOwn(@TempDir Path classes) {
    JavaFileObject unnamed = source("com.example.admin.OwnerController",
        "@org.springframework.web.bind.annotation.RestController", "public class OwnerController {}");

    // ConflictingBeanDefinitionException is package-private; its supertype is public
    IllegalStateException clash = assertThrows(IllegalStateException.class, () -> register(classes, project(unnamed)));
    assertThat(clash.getClass().getSimpleName()).isEqualTo("ConflictingBeanDefinitionException");
    assertThat(clash).hasMessageThat().contains("'ownerController'");
  }
}
