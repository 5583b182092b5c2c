package dev.armature.maven.engine;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.Generator;
import dev.armature.maven.spi.GeneratorContext;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.util.List;

/**
 * Generators and hooks for {@link ExtensionsTest} to list in {@code META-INF/services} files: public, with a
 * public no-argument constructor, as {@link java.util.ServiceLoader} wants them.
 */
public final class ServiceProviders {
  private ServiceProviders() {}


  /** A generator whose name is given by its subclass. */
  public abstract static class NamedGenerator implements Generator {
    private final String name;

    NamedGenerator(String name) {
      this.name = name;
    }

    @Override public String name() {
      return name;
    }

    @Override public String description() {
      return "a test generator";
    }

    @Override public List<GeneratedFile> generate(GeneratorContext context) {
      return List.of();
    }
  }

  public static final class NamedTwin extends NamedGenerator {
    public NamedTwin() {
      super("twin");
    }
  }

  public static final class AlsoNamedTwin extends NamedGenerator {
    public AlsoNamedTwin() {
      super("twin");
    }
  }

  public static final class NamedApiDocs extends NamedGenerator {
    public NamedApiDocs() {
      super("api-docs");
    }
  }

  public static final class BadlyNamed extends NamedGenerator {
    public BadlyNamed() {
      super("Api_Docs");
    }
  }

  /** Named by the test just before it is loaded. */
  public static final class NamedAtLoad extends NamedGenerator {
    static volatile String next;

    public NamedAtLoad() {
      super(next);
    }
  }

  /** A hook whose name is given by its subclass. */
  public abstract static class NamedHook implements Hook {
    private final String name;

    NamedHook(String name) {
      this.name = name;
    }

    @Override public String name() {
      return name;
    }

    @Override public String description() {
      return "a test hook";
    }

    @Override public HookPhase phase() {
      return HookPhase.POST_BUILD;
    }

    @Override public HookResult run(HookContext context) {
      return HookResult.quiet("ran");
    }
  }

  public static final class TwinHook extends NamedHook {
    public TwinHook() {
      super("twin");
    }
  }

  public static final class OtherTwinHook extends NamedHook {
    public OtherTwinHook() {
      super("twin");
    }
  }

  public static final class UnnamedHook extends NamedHook {
    public UnnamedHook() {
      super(null);
    }
  }
}
