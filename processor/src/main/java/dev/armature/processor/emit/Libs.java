package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The library types generated code uses: only those of Spring Framework, Spring Data JPA, Spring
 * Security, Jakarta and Jackson annotations that exist in both Spring Boot 3.5 and 4.x (never Boot's own).
 */
final class Libs {
  private Libs() {}

  // java
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName COMPARATOR = ClassName.get("java.util", "Comparator");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LOCALE = ClassName.get("java.util", "Locale");
  static final ClassName UUID = ClassName.get("java.util", "UUID");
  static final ClassName URI = ClassName.get("java.net", "URI");
  static final ClassName PREDICATE_FN = ClassName.get("java.util.function", "Predicate");
  static final TypeName LIST_OF_STRING = ParameterizedTypeName.get(LIST, STRING);

  // spring framework
  static final ClassName HTTP_STATUS = ClassName.get("org.springframework.http", "HttpStatus");
  static final ClassName HTTP_STATUS_CODE = ClassName.get("org.springframework.http", "HttpStatusCode");
  static final ClassName HTTP_METHOD = ClassName.get("org.springframework.http", "HttpMethod");
  static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
  static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
  static final ClassName MULTI_VALUE_MAP = ClassName.get("org.springframework.util", "MultiValueMap");
  static final ClassName COMPONENT = ClassName.get("org.springframework.stereotype", "Component");
  static final ClassName SERVICE = ClassName.get("org.springframework.stereotype", "Service");
  static final ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
  static final ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");
  static final ClassName ANNOTATED_ELEMENT_UTILS = ClassName.get("org.springframework.core.annotation", "AnnotatedElementUtils");
  static final ClassName TRANSACTIONAL = ClassName.get("org.springframework.transaction.annotation", "Transactional");
  static final ClassName DATA_INTEGRITY = ClassName.get("org.springframework.dao", "DataIntegrityViolationException");
  static final ClassName TRANSIENT_DATA_ACCESS = ClassName.get("org.springframework.dao", "TransientDataAccessException");
  static final ClassName DATA_ACCESS_RESOURCE_FAILURE = ClassName.get("org.springframework.dao", "DataAccessResourceFailureException");
  static final ClassName RECOVERABLE_DATA_ACCESS = ClassName.get("org.springframework.dao", "RecoverableDataAccessException");
  static final ClassName CANNOT_CREATE_TRANSACTION = ClassName.get("org.springframework.transaction", "CannotCreateTransactionException");
  static final ClassName PROBLEM_DETAIL = ClassName.get("org.springframework.http", "ProblemDetail");
  static final ClassName OPTIMISTIC_LOCKING = ClassName.get("org.springframework.dao", "OptimisticLockingFailureException");
  static final ClassName OBJECT_PROVIDER = ClassName.get("org.springframework.beans.factory", "ObjectProvider");
  static final ClassName VALUE = ClassName.get("org.springframework.beans.factory.annotation", "Value");
  static final ClassName CONFIGURATION = ClassName.get("org.springframework.context.annotation", "Configuration");
  static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
  static final ClassName DATE_TIME_FORMAT = ClassName.get("org.springframework.format.annotation", "DateTimeFormat");
  static final ClassName JPA_REPOSITORY = ClassName.get("org.springframework.data.jpa.repository", "JpaRepository");
  static final ClassName REPOSITORY = ClassName.get("org.springframework.stereotype", "Repository");

  // spring web
  private static final String BIND = "org.springframework.web.bind.annotation";
  static final ClassName REST_CONTROLLER = ClassName.get(BIND, "RestController");
  static final ClassName REST_CONTROLLER_ADVICE = ClassName.get(BIND, "RestControllerAdvice");
  static final ClassName REQUEST_MAPPING = ClassName.get(BIND, "RequestMapping");
  static final ClassName GET_MAPPING = ClassName.get(BIND, "GetMapping");
  static final ClassName POST_MAPPING = ClassName.get(BIND, "PostMapping");
  static final ClassName PUT_MAPPING = ClassName.get(BIND, "PutMapping");
  static final ClassName PATCH_MAPPING = ClassName.get(BIND, "PatchMapping");
  static final ClassName DELETE_MAPPING = ClassName.get(BIND, "DeleteMapping");
  static final ClassName REQUEST_PARAM = ClassName.get(BIND, "RequestParam");
  static final ClassName REQUEST_HEADER = ClassName.get(BIND, "RequestHeader");
  static final ClassName REQUEST_BODY = ClassName.get(BIND, "RequestBody");
  static final ClassName PATH_VARIABLE = ClassName.get(BIND, "PathVariable");
  static final ClassName EXCEPTION_HANDLER = ClassName.get(BIND, "ExceptionHandler");
  static final ClassName RESPONSE_STATUS = ClassName.get(BIND, "ResponseStatus");
  static final ClassName MISSING_PARAMETER = ClassName.get("org.springframework.web.bind", "MissingServletRequestParameterException");
  static final ClassName TYPE_MISMATCH = ClassName.get("org.springframework.web.method.annotation", "MethodArgumentTypeMismatchException");
  static final ClassName NOT_READABLE = ClassName.get("org.springframework.http.converter", "HttpMessageNotReadableException");
  static final ClassName ERROR_RESPONSE = ClassName.get("org.springframework.web", "ErrorResponse");
  static final ClassName HANDLER_EXCEPTION_RESOLVER = ClassName.get("org.springframework.web.servlet", "HandlerExceptionResolver");
  static final ClassName MODEL_AND_VIEW = ClassName.get("org.springframework.web.servlet", "ModelAndView");
  static final ClassName HANDLER_METHOD = ClassName.get("org.springframework.web.method", "HandlerMethod");
  static final ClassName HANDLER_ADAPTER = ClassName.get("org.springframework.web.servlet.mvc.method.annotation", "RequestMappingHandlerAdapter");
  static final ClassName MESSAGE_CONVERTER = ClassName.get("org.springframework.http.converter", "HttpMessageConverter");
  static final ClassName SERVLET_SERVER_RESPONSE = ClassName.get("org.springframework.http.server", "ServletServerHttpResponse");
  static final ClassName URI_BUILDER = ClassName.get("org.springframework.web.servlet.support", "ServletUriComponentsBuilder");

  // jakarta
  static final ClassName ENTITY_MANAGER = ClassName.get("jakarta.persistence", "EntityManager");
  static final ClassName PERSISTENCE_CONTEXT = ClassName.get("jakarta.persistence", "PersistenceContext");
  static final ClassName JPA_OPTIMISTIC_LOCK = ClassName.get("jakarta.persistence", "OptimisticLockException");
  static final ClassName TYPED_QUERY = ClassName.get("jakarta.persistence", "TypedQuery");
  static final ClassName CRITERIA_BUILDER = ClassName.get("jakarta.persistence.criteria", "CriteriaBuilder");
  static final ClassName CRITERIA_QUERY = ClassName.get("jakarta.persistence.criteria", "CriteriaQuery");
  static final ClassName ROOT = ClassName.get("jakarta.persistence.criteria", "Root");
  static final ClassName JPA_PREDICATE = ClassName.get("jakarta.persistence.criteria", "Predicate");
  static final ClassName JPA_ORDER = ClassName.get("jakarta.persistence.criteria", "Order");
  static final ClassName VALIDATOR = ClassName.get("jakarta.validation", "Validator");
  static final ClassName CONSTRAINT_VIOLATION = ClassName.get("jakarta.validation", "ConstraintViolation");
  static final ClassName CONSTRAINT_VIOLATION_EXCEPTION = ClassName.get("jakarta.validation", "ConstraintViolationException");
  static final ClassName SERVLET_REQUEST = ClassName.get("jakarta.servlet.http", "HttpServletRequest");
  static final ClassName SERVLET_RESPONSE = ClassName.get("jakarta.servlet.http", "HttpServletResponse");

  // jackson annotations (same package in Jackson 2 and 3)
  static final ClassName JSON_INCLUDE = ClassName.get(dev.armature.processor.model.JacksonNames.ANNOTATION, "JsonInclude");

  // logging: SLF4J is on every Spring Boot class path
  static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
  static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");
}
