package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every Java file of the REST layer for one IR: the shared classes first, then each resource's files
 * in model order, so the same IR always gives the same files in the same order. No validation here:
 * the IR is already valid. An emitter that throws (a bug of Armature's) costs only its own file: the
 * failure goes to the caller's {@link Failures} and the other files are still emitted (CONVENTIONS 6).
 */
public final class JavaEmitters {
  /** Told of each emitter that threw: the file it was emitting, and its resource unless it is a shared file. */
  public interface Failures {
    void failed(String file, Optional<EntityModel> resource, RuntimeException failure);
  }

  private final Consumer<EntityModel> beforeResource;

  public JavaEmitters() {
    this(entity -> {});
  }

  /** @param beforeResource runs before each resource's files are emitted; a seam for tests of failures */
  public JavaEmitters(Consumer<EntityModel> beforeResource) {
    this.beforeResource = beforeResource;
  }

  /** The generated sources of this model; throws on the first emitter that fails. */
  public List<JavaFile> emit(DomainModel model) {
    return emit(model, (file, resource, failure) -> {
      throw failure;
    });
  }

  /** The generated sources of this model, without the files whose emitter failed. */
  public List<JavaFile> emit(DomainModel model, Failures failures) {
    Names names = new Names(model);
    List<JavaFile> files = new ArrayList<>();
    if (model.entities().isEmpty()) {
      return files;
    }
    Emission shared = new Emission(files, failures, Optional.empty());
    addShared(shared, model, names);
    for (EntityModel entity : model.entities()) {
      addResource(new Emission(files, failures, Optional.of(entity)), entity, names);
    }
    return List.copyOf(files);
  }

  private static void addShared(Emission out, DomainModel model, Names names) {
    PageResponseEmitter responses = new PageResponseEmitter(names);
    out.add(GeneratedNames.PROBLEM_FIELD_ERROR, () -> new ProblemFieldErrorEmitter(names).emit(model));
    out.add(GeneratedNames.API_PROBLEM_EXCEPTION, () -> new ApiProblemExceptionEmitter(names).emit(model));
    out.add(GeneratedNames.PROBLEM_DETAILS_ADVICE, () -> new ProblemDetailsAdviceEmitter(names).emit(model));
    out.add(GeneratedNames.PROBLEM_DETAILS_RESOLVER, () -> new ProblemDetailsResolverEmitter(names).emit(model));
    out.add(GeneratedNames.DATABASE_ERRORS, () -> new DatabaseErrorsEmitter(names).emit(model));
    out.add(GeneratedNames.PAGE_RESPONSE, () -> responses.emitPage(model));
    out.add(GeneratedNames.VERSIONED, () -> responses.emitVersioned(model));
    out.add(GeneratedNames.CREATED, () -> responses.emitCreated(model));
    out.add(GeneratedNames.LIST_QUERY, () -> new ListQueryEmitter(names).emit(model));
    out.add(GeneratedNames.JSON_MERGE_PATCH, () -> new JsonMergePatchEmitter(names).emit(model));
    out.add(GeneratedNames.ENTITY_TAGS, () -> new EntityTagsEmitter(names).emit(model));
    out.add(GeneratedNames.REQUEST_READER, () -> new RequestReaderEmitter(names).emit(model));
    out.add(GeneratedNames.LIST_FILTER, () -> new ListFilterEmitter(names).emit(model));
    out.add(GeneratedNames.RESOURCE_DESCRIPTOR, () -> new ResourceDescriptorEmitter(names).emit(model));
    out.add(GeneratedNames.RESOURCE_OPERATIONS, () -> new ResourceOperationsEmitter(names).emit(model));
    out.add(GeneratedNames.RESOURCE_CONTROLLER, () -> new ResourceControllerEmitter(names).emit(model));
    out.add(GeneratedNames.OPENAPI_CONTROLLER, () -> new OpenApiControllerEmitter(names).emit(model));
    if (model.classpath().springSecurity()) {
      out.add(GeneratedNames.SECURITY_CONFIGURATION, () -> new SecurityConfigurationEmitter(names).emit(model));
      out.add(GeneratedNames.ADMIN_ACCOUNT_CONFIGURATION, () -> new AdminAccountEmitter(names).emit(model));
    }
  }

  /**
   * Per resource: the controller (with its records and mapping) and, unless the project has one, the
   * repository; all or nothing, since the controller alone would not compile without its repository.
   */
  private void addResource(Emission out, EntityModel entity, Names names) {
    out.addAll(names.controller(entity).simpleName(), () -> {
      beforeResource.accept(entity);
      List<JavaFile> files = new ArrayList<>();
      if (entity.repository().isEmpty()) {
        files.add(new RepositoryEmitter(names).emit(entity));
      }
      files.add(new ControllerEmitter(names).emit(entity));
      return files;
    });
  }

  /** Adds what an emitter returns, or tells {@link Failures} that it threw. */
  private record Emission(List<JavaFile> files, Failures failures, Optional<EntityModel> resource) {
    void add(String file, Supplier<JavaFile> emitter) {
      addAll(file, () -> List.of(emitter.get()));
    }

    void addAll(String file, Supplier<List<JavaFile>> emitter) {
      try {
        files.addAll(emitter.get());
      } catch (RuntimeException e) {
        failures.failed(file, resource, e);
      }
    }
  }
}
