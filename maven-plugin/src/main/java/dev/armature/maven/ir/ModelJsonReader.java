package dev.armature.maven.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.armature.annotations.Operation;
import dev.armature.processor.json.ModelJsonWriter;
import dev.armature.processor.model.Access;
import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.ColumnNames;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PagingModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SecurityModel;
import dev.armature.processor.model.Surfaces;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code META-INF/armature/model.json} (the shape {@link ModelJsonWriter} documents) back into the
 * IR records, so generators and hooks see exactly the model the processor built. Element origins are
 * {@code null}: nothing in the plugin reports on source elements.
 *
 * <p>Written by hand against the documented shape rather than bound by reflection: a file of another
 * {@code armatureModelVersion}, or one that lacks a key, fails with the key's path, not with a half-read
 * model.
 */
public final class ModelJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the file. */
  public DomainModel read(Path file) throws IOException {
    return read(JSON.readTree(file.toFile()), file.toString());
  }

  /** Reads JSON text (tests). */
  public DomainModel read(String json) throws IOException {
    return read(JSON.readTree(json), "model.json");
  }

  private DomainModel read(JsonNode root, String source) {
    int version = root.path("armatureModelVersion").asInt(-1);
    if (version != ModelJsonWriter.MODEL_VERSION) {
      throw new IllegalArgumentException(source + " has armatureModelVersion " + version + ", this plugin reads "
          + ModelJsonWriter.MODEL_VERSION + "; use the same Armature version for the processor and the plugin");
    }
    JsonNode cp = req(root, "classpath");
    List<EntityModel> entities = new ArrayList<>();
    for (JsonNode e : req(root, "entities")) {
      entities.add(entity(e));
    }
    return new DomainModel(text(root, "generatedPackage"),
        new Classpath(req(cp, "jacksonMajor").asInt(), req(cp, "springSecurity").asBoolean()), entities);
  }

  private EntityModel entity(JsonNode e) {
    EnumSet<Operation> operations = EnumSet.noneOf(Operation.class);
    for (JsonNode op : req(e, "operations")) {
      operations.add(Operation.valueOf(op.asText()));
    }
    JsonNode security = req(e, "security");
    JsonNode paging = req(e, "paging");
    JsonNode surfaces = req(e, "surfaces");
    List<PropertyModel> properties = new ArrayList<>();
    for (JsonNode p : req(e, "properties")) {
      properties.add(property(p));
    }
    return new EntityModel(text(e, "qualifiedName"), type(req(e, "type")), text(e, "path"), property(req(e, "id")),
        optional(e, "version").map(this::property), properties, operations,
        new SecurityModel(strings(req(security, "readRoles")), strings(req(security, "writeRoles"))),
        new PagingModel(req(paging, "defaultPageSize").asInt(), req(paging, "maxPageSize").asInt()),
        new Surfaces(strings(req(surfaces, "create")), strings(req(surfaces, "update")),
            strings(req(surfaces, "read")), strings(req(surfaces, "list"))),
        optional(e, "repository").map(this::type), null);
  }

  private PropertyModel property(JsonNode p) {
    JsonNode value = req(p, "value");
    List<ConstraintModel> constraints = new ArrayList<>();
    for (JsonNode c : req(p, "constraints")) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      req(c, "attributes").fields().forEachRemaining(a -> attributes.put(a.getKey(), attribute(a.getValue())));
      constraints.add(new ConstraintModel(type(req(c, "annotation")), attributes, req(c, "implied").asBoolean()));
    }
    Optional<RelationModel> relation = optional(p, "relation").map(r -> new RelationModel(type(req(r, "target")),
        text(r, "targetIdName"), access(req(r, "targetIdAccess")), text(r, "targetPath"), req(r, "oneToOne").asBoolean()));
    return new PropertyModel(text(p, "name"), text(p, "jsonName"), PropertyKind.valueOf(text(p, "kind")),
        new ValueType(ScalarKind.valueOf(text(value, "kind")), type(req(value, "type")), req(value, "primitive").asBoolean(),
            strings(req(value, "enumConstants"))),
        access(req(p, "access")), bool(p, "readOnly"), bool(p, "writeOnly"), bool(p, "searchable"), bool(p, "generated"),
        bool(p, "required"), bool(p, "unique"), column(p, relation.isPresent()), constraints, relation, null);
  }

  /** A constraint attribute: the Java types {@link ConstraintModel} documents. */
  private Object attribute(JsonNode v) {
    if (v.isArray()) {
      List<Object> items = new ArrayList<>();
      v.forEach(i -> items.add(attribute(i)));
      return items;
    }
    if (v.isObject()) {
      return new ConstraintModel.EnumValue(type(req(v, "type")), text(v, "constant"));
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    return v.asText();
  }

  private Access access(JsonNode a) {
    return new Access(optionalText(a, "getter"), optionalText(a, "setter"), optionalText(a, "field"));
  }

  private TypeRef type(JsonNode t) {
    return new TypeRef(text(t, "packageName"), strings(req(t, "simpleNames")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }

  private static Optional<JsonNode> optional(JsonNode node, String key) {
    JsonNode v = req(node, key);
    return v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<String> optionalText(JsonNode node, String key) {
    return optional(node, key).map(JsonNode::asText);
  }

  /** The column, absent from the model.json of an older processor: then the default name (see {@link ColumnNames}). */
  private static String column(JsonNode p, boolean relation) {
    JsonNode v = p.get("column");
    if (v != null && v.isTextual()) {
      return v.asText();
    }
    return relation ? ColumnNames.joinColumn(text(p, "name"), "id") : ColumnNames.physical(text(p, "name"));
  }

  private static String text(JsonNode node, String key) {
    return req(node, key).asText();
  }

  private static boolean bool(JsonNode node, String key) {
    return req(node, key).asBoolean();
  }

  private static JsonNode req(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null) {
      throw new IllegalArgumentException("model.json lacks \"" + key + "\" in " + abbreviate(node));
    }
    return v;
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
