package dev.armature.maven.hooks;

import com.google.auto.service.AutoService;
import dev.armature.maven.spi.Hook;
import dev.armature.maven.spi.HookContext;
import dev.armature.maven.spi.HookPhase;
import dev.armature.maven.spi.HookResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gitignore}: keeps the secrets ({@code .env}, {@code .admin_credentials} and every path a hook
 * handed on under a {@code secret.files*} key) and Armature's review copies ({@code *.armature-new}, the new
 * version of a file a person edited) out of git. The file is the person's: entries are only added, under
 * one comment, never removed or reordered; its line ends (LF or CRLF) and every other byte stay as they were.
 * An entry counts as present when a line is exactly it (or it with a leading {@code /}).
 *
 * <p>Post-build; runs after {@code admin-credentials} and {@code env-file}; no settings. Hands on nothing.
 */
@AutoService(Hook.class)
public final class GitignoreHook implements Hook {
  static final String FILE = ".gitignore";
  static final String HEADER = "# Armature: secrets and review copies (never commit)";
  static final String REVIEW_COPIES = "*.armature-new";

  @Override
  public String name() {
    return "gitignore";
  }

  @Override
  public String description() {
    return "Adds .env, .admin_credentials and *.armature-new to .gitignore, leaving every existing line as it is";
  }

  @Override
  public HookPhase phase() {
    return HookPhase.POST_BUILD;
  }

  @Override
  public Set<String> runsAfter() {
    return Set.of("admin-credentials", "env-file");
  }

  @Override
  public HookResult run(HookContext context) throws IOException {
    List<String> entries = entries(context.artifacts());
    // ISO-8859-1 maps every byte to one char and back: whatever the file's encoding, its bytes survive
    String text = context.files().read(FILE).map(b -> new String(b, StandardCharsets.ISO_8859_1)).orElse("");
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("(?<=\n)"))); // each with its own line end
    lines.removeIf(String::isEmpty);
    List<String> added = entries.stream().filter(e -> !ignored(lines, bytes(e))).toList();
    if (added.isEmpty()) {
      return HookResult.quiet(FILE + " already ignores " + String.join(", ", entries));
    }
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    String merged = merged(lines, added.stream().map(GitignoreHook::bytes).toList(), eol);
    context.files().merge(FILE, merged.getBytes(StandardCharsets.ISO_8859_1));
    return HookResult.shown((text.isEmpty() ? "created " : "added to ") + FILE + ": " + String.join(", ", added));
  }

  /** {@code .env}, {@code .admin_credentials}, handed-on secret files in key order, review copies; no repeats. */
  static List<String> entries(Map<String, String> artifacts) {
    Set<String> entries = new LinkedHashSet<>(List.of(EnvFileHook.FILE, AdminCredentialsHook.FILE));
    artifacts.forEach((key, value) -> {
      if (key.equals(ArtifactKeys.SECRET_FILES) || key.startsWith(ArtifactKeys.SECRET_FILES + ".")) {
        Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).map(GitignoreHook::pattern)
            .forEach(entries::add);
      }
    });
    entries.add(REVIEW_COPIES);
    return List.copyOf(entries);
  }

  /** A path as a pattern matching just it: {@code \} before what gitignore(5) reads as pattern syntax. */
  private static String pattern(String path) {
    return path.replace('\\', '/').replaceAll("([*?\\[])", "\\\\$1").replaceAll("^([#!])", "\\\\$1");
  }

  /** The entry's UTF-8 bytes as ISO-8859-1 chars, the form the file's text is handled in (git compares bytes). */
  private static String bytes(String entry) {
    return new String(entry.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** Whether a line is the entry, trailing spaces aside (git ignores them), or the entry anchored with {@code /}. */
  private static boolean ignored(List<String> lines, String entry) {
    return lines.stream().map(String::stripTrailing).anyMatch(l -> l.equals(entry) || l.equals("/" + entry));
  }

  /**
   * The lines with the entries added: right after the Armature block when an earlier run made it, else in a
   * new block at the end, a blank line before it. A last line without a line end gets one first.
   */
  private static String merged(List<String> lines, List<String> added, String eol) {
    List<String> out = new ArrayList<>(lines);
    if (!out.isEmpty() && !out.get(out.size() - 1).endsWith("\n")) {
      out.set(out.size() - 1, out.get(out.size() - 1) + eol);
    }
    int header = out.stream().map(String::strip).toList().indexOf(HEADER);
    if (header >= 0) {
      int end = header + 1;
      while (end < out.size() && !out.get(end).isBlank() && !out.get(end).startsWith("#")) {
        end++;
      }
      out.addAll(end, added.stream().map(e -> e + eol).toList());
    } else {
      if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
        out.add(eol);
      }
      out.add(HEADER + eol);
      added.forEach(e -> out.add(e + eol));
    }
    return String.join("", out);
  }
}
