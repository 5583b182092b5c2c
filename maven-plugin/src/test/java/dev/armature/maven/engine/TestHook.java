package dev.armature.maven.engine;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A hook made in a test: its name, phase, {@code runsAfter}, settings and what it does are given. */
final class TestHook implements Hook {
  /** What the hook does when run. */
  interface Body {
    HookResult run(HookContext context) throws Exception;
  }

  private final String name;
  private final HookPhase phase;
  private final Set<String> runsAfter;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private Body body;

  private TestHook(String name, HookPhase phase, String... runsAfter) {
    this.name = name;
    this.phase = phase;
    this.runsAfter = Set.of(runsAfter);
    this.body = c -> HookResult.quiet("ran");
  }

  static TestHook post(String name, String... runsAfter) {
    return new TestHook(name, HookPhase.POST_BUILD, runsAfter);
  }

  static TestHook pre(String name, String... runsAfter) {
    return new TestHook(name, HookPhase.PRE_BUILD, runsAfter);
  }

  TestHook accepting(String... settingNames) {
    for (String s : settingNames) {
      settings.put(s, "the " + s);
    }
    return this;
  }

  TestHook doing(Body body) {
    this.body = body;
    return this;
  }

  Body body() {
    return body;
  }

  @Override public String name() {
    return name;
  }

  @Override public String description() {
    return "a test hook";
  }

  @Override public HookPhase phase() {
    return phase;
  }

  @Override public Set<String> runsAfter() {
    return runsAfter;
  }

  @Override public Map<String, String> settings() {
    return settings;
  }

  @Override public HookResult run(HookContext context) throws Exception {
    return body.run(context);
  }

  @Override public String toString() {
    return name;
  }
}
