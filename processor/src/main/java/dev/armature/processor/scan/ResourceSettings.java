package dev.armature.processor.scan;

import dev.armature.annotations.Operation;
import dev.armature.processor.diagnostics.Message;
import dev.armature.processor.diagnostics.Reporter;
import dev.armature.processor.model.PagingModel;
import dev.armature.processor.model.SecurityModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** The attributes of one {@code @ApiResource}, read and checked, each error on its attribute value. */
record ResourceSettings(String path, Set<Operation> operations, SecurityModel security, PagingModel paging) {
  static final String API_RESOURCE = "dev.armature.annotations.ApiResource";

  /** Reads the settings, or returns null after reporting why they are unusable. */
  static ResourceSettings read(TypeElement type, AnnotationMirror mirror, Annotations annotations, Reporter reporter) {
    int before = reporter.errorCount();
    String path = annotations.string(mirror, "path");
    if (path.isEmpty()) {
      path = ResourceNames.defaultPath(type.getSimpleName().toString());
    } else if (!ResourceNames.VALID_PATH.matcher(path).matches()) {
      reporter.report(Message.INVALID_PATH, type, mirror, annotations.value(mirror, "path"), path);
    }
    Set<Operation> operations = EnumSet.noneOf(Operation.class);
    for (AnnotationValue v : annotations.list(mirror, "operations")) {
      Operation op = Operation.valueOf(v.getValue().toString());
      if (!operations.add(op)) {
        reporter.report(Message.DUPLICATE_OPERATION, type, mirror, v, op.name());
      }
    }
    if (operations.isEmpty()) {
      reporter.report(Message.NO_OPERATIONS, type, mirror, annotations.value(mirror, "operations"));
    }
    List<String> readRoles = roles(type, mirror, "readRoles", annotations, reporter);
    List<String> writeRoles = roles(type, mirror, "writeRoles", annotations, reporter);
    int defaultSize = annotations.integer(mirror, "defaultPageSize");
    int maxSize = annotations.integer(mirror, "maxPageSize");
    if (defaultSize < 1) {
      reporter.report(Message.INVALID_PAGE_SIZES, type, mirror, annotations.value(mirror, "defaultPageSize"),
          "defaultPageSize is " + defaultSize);
    } else if (maxSize < defaultSize) {
      // point at the value the user wrote: a default has no position in the source
      String culprit = Annotations.explicit(mirror, "defaultPageSize").isPresent() ? "defaultPageSize" : "maxPageSize";
      reporter.report(Message.INVALID_PAGE_SIZES, type, mirror, annotations.value(mirror, culprit),
          "defaultPageSize " + defaultSize + " is larger than maxPageSize " + maxSize);
    }
    boolean writes = operations.stream().anyMatch(o -> o != Operation.LIST && o != Operation.READ);
    if (writes && writeRoles.isEmpty() && reporter.errorCount() == before) {
      reporter.report(Message.PUBLIC_WRITES, type, mirror, annotations.value(mirror, "writeRoles"), type.getSimpleName());
    }
    if (reporter.errorCount() != before) {
      return null;
    }
    return new ResourceSettings(path, operations, new SecurityModel(readRoles, writeRoles),
        new PagingModel(defaultSize, maxSize));
  }

  private static List<String> roles(TypeElement type, AnnotationMirror mirror, String attribute,
      Annotations annotations, Reporter reporter) {
    List<String> roles = new ArrayList<>();
    for (AnnotationValue v : annotations.list(mirror, attribute)) {
      String role = String.valueOf(v.getValue());
      String problem = role.isBlank() ? "it is blank"
          : role.startsWith("ROLE_") ? "drop the ROLE_ prefix (Spring Security adds it): use \"" + role.substring(5) + "\""
          : !role.matches("[A-Za-z0-9_.-]+") ? "use letters, digits, '_', '-' or '.' only"
          : null;
      if (problem != null) {
        reporter.report(Message.INVALID_ROLE, type, mirror, v, role, problem);
      } else {
        roles.add(role);
      }
    }
    return roles;
  }
}
