package dev.armature.maven.writes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.armature.maven.spi.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

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
    try {
      return (JSON.writer(prettyPrinter()).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param file where the bytes came from, named in the error */
  static Manifest parse(byte[] bytes, Path file) throws IOException {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw damaged(file, "it is empty");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw damaged(file, "it is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw damaged(file, "it is not a JSON object");
    }
    JsonNode version = root.get(VERSION_KEY);
    if (version == null || !version.isInt()) {
      throw damaged(file, "\"" + VERSION_KEY + "\" is missing or not a whole number");
    }
    if (version.intValue() != Manifest.VERSION) {
      throw new IOException(file + " has " + VERSION_KEY + " " + version.intValue() + ", which this Armature"
          + " does not read (it reads " + Manifest.VERSION + "); build with the Armature version that wrote it");
    }
    requireKeys(root, Set.of(VERSION_KEY, FILES_KEY), "the top level", file);
    JsonNode files = root.get(FILES_KEY);
    if (files == null || !files.isObject()) {
      throw damaged(file, "\"" + FILES_KEY + "\" is missing or not an object");
    }
    SortedMap<String, ManifestEntry> entries = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : files.properties()) {
      entries.put(field.getKey(), entry(field.getKey(), field.getValue(), file));
    }
    return new Manifest(entries);
  }

  private static ManifestEntry entry(String path, JsonNode node, Path file) throws IOException {
    String where = "the entry \"" + path + "\"";
    try {
      GeneratedFile.checkedPath(path);
    } catch (IllegalArgumentException e) {
      throw damaged(file, where + " is not a path Armature writes (" + e.getMessage() + ")");
    }
    if (!node.isObject()) {
      throw damaged(file, where + " is not an object");
    }
    Origin origin = null;
    for (Origin.Role role : Origin.Role.values()) {
      JsonNode name = node.get(role.jsonKey);
      if (name != null) {
        if (origin != null || !name.isTextual() || name.textValue().isBlank()) {
          throw damaged(file, where + " must name one generator or one hook");
        }
        origin = new Origin(role, name.textValue());
      }
    }
    if (origin == null) {
      throw damaged(file, where + " names no generator or hook");
    }
    JsonNode kind = node.get(KIND_KEY);
    JsonNode sha = node.get(SHA_KEY);
    requireKeys(node, sha == null ? Set.of(origin.role().jsonKey, KIND_KEY)
        : Set.of(origin.role().jsonKey, KIND_KEY, SHA_KEY), where, file);
    try {
      if (kind == null || !kind.isTextual() || (sha != null && !sha.isTextual())) {
        throw new IllegalArgumentException("\"kind\" and \"sha256\" must be strings");
      }
      return new ManifestEntry(origin, ManifestEntry.Kind.ofJson(kind.textValue()), sha == null ? null : sha.textValue());
    } catch (IllegalArgumentException e) {
      throw damaged(file, where + ": " + e.getMessage());
    }
  }

  private static void requireKeys(JsonNode node, Set<String> allowed, String where, Path file) throws IOException {
    Set<String> extra = new TreeSet<>();
    node.properties().forEach(p -> extra.add(p.getKey()));
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

  /** Jackson's default pretty printer uses the platform line separator and {@code " : "}; we want neither. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")
        .withRootSeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
