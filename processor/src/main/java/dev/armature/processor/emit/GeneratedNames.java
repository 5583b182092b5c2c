package dev.armature.processor.emit;

import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The registry of every top-level type Armature generates in the generated package: the shared ones and
 * those of each resource. {@link Names} hands out only these names, so an emitter cannot write a file the
 * registry lacks, and {@code scan.DomainScanner} checks the same names against the project's types before
 * anything is written (issue 9: an entity {@code Resource} or a project class {@code api.PageResponse}).
 */
public final class GeneratedNames {
  static final String PROBLEM_FIELD_ERROR = "ProblemFieldError";
  static final String API_PROBLEM_EXCEPTION = "ApiProblemException";
  static final String PROBLEM_DETAILS_ADVICE = "ProblemDetailsAdvice";
  static final String PROBLEM_DETAILS_RESOLVER = "ProblemDetailsResolver";
  static final String DATABASE_ERRORS = "DatabaseErrors";
  static final String PAGE_RESPONSE = "PageResponse";
  static final String VERSIONED = "Versioned";
  static final String CREATED = "Created";
  static final String LIST_QUERY = "ListQuery";
  static final String JSON_MERGE_PATCH = "JsonMergePatch";
  static final String ENTITY_TAGS = "EntityTags";
  static final String REQUEST_READER = "RequestReader";
  static final String LIST_FILTER = "ListFilter";
  static final String RESOURCE_DESCRIPTOR = "ResourceDescriptor";
  static final String RESOURCE_OPERATIONS = "ResourceOperations";
  static final String RESOURCE_CONTROLLER = "ResourceController";
  /** Only with Spring Security on the class path, but reserved always: adding the starter must not break a build. */
  static final String SECURITY_CONFIGURATION = "ArmatureSecurityConfiguration";
  /** The admin account and its password encoder; like the security configuration, reserved always. */
  static final String ADMIN_ACCOUNT_CONFIGURATION = "ArmatureAdminAccountConfiguration";
  static final String OPENAPI_CONTROLLER = "ArmatureOpenApiController";

  /** Per resource: {@code BookController}, and {@code BookRepository} unless the project has its own. */
  static final String CONTROLLER_SUFFIX = "Controller";
  static final String REPOSITORY_SUFFIX = "Repository";

  private static final Set<String> SHARED = Set.of(PROBLEM_FIELD_ERROR, API_PROBLEM_EXCEPTION,
      PROBLEM_DETAILS_ADVICE, PROBLEM_DETAILS_RESOLVER, DATABASE_ERRORS, PAGE_RESPONSE, VERSIONED, CREATED, LIST_QUERY, JSON_MERGE_PATCH, ENTITY_TAGS,
      REQUEST_READER, LIST_FILTER, RESOURCE_DESCRIPTOR, RESOURCE_OPERATIONS, RESOURCE_CONTROLLER,
      SECURITY_CONFIGURATION, ADMIN_ACCOUNT_CONFIGURATION, OPENAPI_CONTROLLER);
  private static final Set<String> SUFFIXES = Set.of(CONTROLLER_SUFFIX, REPOSITORY_SUFFIX);

  private GeneratedNames() {}

  /** The simple names of the shared classes, sorted. */
  public static List<String> shared() {
    return SHARED.stream().sorted().toList();
  }

  /** Whether the simple name is one of the shared classes. */
  public static boolean isShared(String simpleName) {
    return SHARED.contains(simpleName);
  }

  /** The simple names generated for this resource. */
  public static List<String> perEntity(EntityModel entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.simpleName() + CONTROLLER_SUFFIX);
    if (entity.repository().isEmpty()) {
      names.add(entity.simpleName() + REPOSITORY_SUFFIX);
    }
    return List.copyOf(names);
  }

  static String checkedShared(String simpleName) {
    if (!SHARED.contains(simpleName)) {
      throw new IllegalArgumentException(simpleName + " is not registered in GeneratedNames, so the check of the "
          + "project's types would miss it; add it there");
    }
    return simpleName;
  }

  static String checkedSuffix(String suffix) {
    if (!SUFFIXES.contains(suffix)) {
      throw new IllegalArgumentException("per-resource suffix " + suffix + " is not registered in GeneratedNames");
    }
    return suffix;
  }
}
