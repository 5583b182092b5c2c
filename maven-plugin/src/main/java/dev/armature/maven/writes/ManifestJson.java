package dev.armature.maven.writes;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.armature.maven.spi.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The manifest's bytes, both ways. Reading is strict: anything but exactly the shape {@link #format}
 * writes (a merge conflict, a hand edit gone wrong, a duplicate key) is a damaged manifest, reported with
 * the way out, because guessing could let Armature overwrite a person's edit.
 */
final class ManifestJson {
  private static final String VERSION_KEY = "armatureManifestVersion";
  private static final String FILES_KEY = "files";
  private static final String KIND_KEY = "kind";
  private static final String SHA_KEY = "sha256";

  private ManifestJson() {}

  static byte[] format(SortedMap<String, ManifestEntry> entries) {
    Map<String, Object> files = new TreeMap<>();
    entries.forEach((path, entry) -> {
      Map<String, Object> value = new TreeMap<>();
      value.put(entry.origin().role().jsonKey, entry.origin().name());
      value.put(KIND_KEY, entry.kind().json());
      if (entry.sha256() != null) {
        value.put(SHA_KEY, entry.sha256());
      }
      files.put(path, value);
    });
    Map<String, Object> root = new TreeMap<>();
    root.put(VERSION_KEY, Manifest.VERSION);
    root.put(FILES_KEY, files);
    return PlainJson.format(root).getBytes(StandardCharsets.UTF_8);
  }

  /** @param file where the bytes came from, named in the error */
  static Manifest parse(byte[] bytes, Path file) throws IOException {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw damaged(file, "it is empty");
    }
    Object parsed;
    try {
      parsed = PlainJson.parse(bytes);
    } catch (JsonProcessingException e) {
      throw damaged(file, "it is not valid JSON: " + e.getOriginalMessage());
    }
    if (!(parsed instanceof Map<?, ?> root)) {
      throw damaged(file, "it is not a JSON object");
    }
    if (!(root.get(VERSION_KEY) instanceof Integer version)) {
      throw damaged(file, "\"" + VERSION_KEY + "\" is missing or not a whole number");
    }
    if (version != Manifest.VERSION) {
      throw new IOException(file + " has " + VERSION_KEY + " " + version + ", which this Armature"
          + " does not read (it reads " + Manifest.VERSION + "); build with the Armature version that wrote it");
    }
    requireKeys(root, Set.of(VERSION_KEY, FILES_KEY), "the top level", file);
    if (!(root.get(FILES_KEY) instanceof Map<?, ?> files)) {
      throw damaged(file, "\"" + FILES_KEY + "\" is missing or not an object");
    }
    SortedMap<String, ManifestEntry> entries = new TreeMap<>();
    for (Map.Entry<?, ?> field : files.entrySet()) {
      String path = (String) field.getKey();
      entries.put(path, entry(path, field.getValue(), file));
    }
    return new Manifest(entries);
  }

  private static ManifestEntry entry(String path, Object value, Path file) throws IOException {
    String where = "the entry \"" + path + "\"";
    try {
      GeneratedFile.checkedPath(path);
    } catch (IllegalArgumentException e) {
      throw damaged(file, where + " is not a path Armature writes (" + e.getMessage() + ")");
    }
    if (!(value instanceof Map<?, ?> node)) {
      throw damaged(file, where + " is not an object");
    }
    Origin origin = null;
    for (Origin.Role role : Origin.Role.values()) {
      if (node.containsKey(role.jsonKey)) {
        if (origin != null || !(node.get(role.jsonKey) instanceof String name) || name.isBlank()) {
          throw damaged(file, where + " must name one generator or one hook");
        }
        origin = new Origin(role, name);
      }
    }
    if (origin == null) {
      throw damaged(file, where + " names no generator or hook");
    }
    Object kind = node.get(KIND_KEY);
    Object sha = node.get(SHA_KEY);
    requireKeys(node, node.containsKey(SHA_KEY) ? Set.of(origin.role().jsonKey, KIND_KEY, SHA_KEY)
        : Set.of(origin.role().jsonKey, KIND_KEY), where, file);
    try {
      if (!(kind instanceof String kindName) || (node.containsKey(SHA_KEY) && !(sha instanceof String))) {
        throw new IllegalArgumentException("\"kind\" and \"sha256\" must be strings");
      }
      return new ManifestEntry(origin, ManifestEntry.Kind.ofJson(kindName), (String) sha);
    } catch (IllegalArgumentException e) {
      throw damaged(file, where + ": " + e.getMessage());
    }
  }

  private static void requireKeys(Map<?, ?> node, Set<String> allowed, String where, Path file) throws IOException {
    Set<String> extra = new TreeSet<>();
    node.keySet().forEach(k -> extra.add((String) k));
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      throw damaged(file, where + " has keys Armature does not write: " + extra);
    }
  }

  static IOException damaged(Path file, String detail) {
    return new IOException(file + " is damaged (" + detail + "). Restore it from version control, or delete it:"
        + " Armature then adopts the files that match its versions byte for byte and writes its own versions"
        + " beside the others as .armature-new files.");
  }
}
