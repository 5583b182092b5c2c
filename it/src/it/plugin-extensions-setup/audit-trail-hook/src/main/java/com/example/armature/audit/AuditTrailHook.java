package com.example.armature.audit;

import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A third-party post-build hook: writes {@code docs/AUDIT.md}, naming who administers the API. Its name
 * sorts before every built-in post-build hook, but it declares that it runs after {@code gitignore}, so
 * the plugin must run it after that one.
 */
public final class AuditTrailHook implements Hook {

  @Override
  public String name() {
    return "audit-trail";
  }

  @Override
  public String description() {
    return "writes docs/AUDIT.md: who administers the API";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.POST_BUILD;
  }

  @Override
  public Set<String> runsAfter() {
    return Set.of("gitignore");
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("owner", "the team that owns the API");
  }

  @Override
  public HookResult run(HookContext context) throws Exception {
    String admin = context.artifacts().get("admin.username");
    if (admin == null) {
      return HookResult.failed("no admin.username from the admin-credentials hook");
    }
    // runs after gitignore, so the secrets are already ignored when it looks
    boolean ignored = context.files().read(".gitignore")
        .map(b -> new String(b, StandardCharsets.UTF_8).lines().anyMatch(".env"::equals)).orElse(false);
    String text = "# Audit\n\nOwner: " + context.option("owner", "unknown") + "\n\nAdmin account: " + admin + "\n\n"
        + "Resources: " + context.model().entities().size() + "\n\nSecrets ignored by git: " + (ignored ? "yes" : "no") + "\n";
    context.files().write("docs/AUDIT.md", text.getBytes(StandardCharsets.UTF_8));
    return HookResult.shown("wrote docs/AUDIT.md").withArtifact("audit.file", "docs/AUDIT.md");
  }
}
