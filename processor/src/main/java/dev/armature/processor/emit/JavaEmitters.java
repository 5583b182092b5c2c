package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Java file of the REST layer for one IR: the shared classes first, then each resource's files
 * in model order, so the same IR always gives the same files in the same order. No validation here:
 * the IR is already valid.
 */
public final class JavaEmitters {

  /** The generated sources of this model. */
  public List<JavaFile> emit(DomainModel model) {
    Names names = new Names(model);
    List<JavaFile> files = new ArrayList<>();
    if (model.entities().isEmpty()) {
      return files;
    }
    addShared(files, model, names);
    for (EntityModel entity : model.entities()) {
      addResource(files, entity, names);
    }
    return List.copyOf(files);
  }

  private static void addShared(List<JavaFile> files, DomainModel model, Names names) {
    ProblemBodyEmitter problems = new ProblemBodyEmitter(names);
    PageResponseEmitter responses = new PageResponseEmitter(names);
    files.add(problems.emitFieldError(model));
    files.add(problems.emitBody(model));
    files.add(new ApiProblemExceptionEmitter(names).emit(model));
    files.add(new ProblemDetailsAdviceEmitter(names).emit(model));
    files.add(responses.emitPage(model));
    files.add(responses.emitVersioned(model));
    files.add(responses.emitCreated(model));
    files.add(new ListQueryEmitter(names).emit(model));
    files.add(new JsonMergePatchEmitter(names).emit(model));
    files.add(new EntityTagsEmitter(names).emit(model));
    files.add(new RequestReaderEmitter(names).emit(model));
    files.add(new ListFilterEmitter(names).emit(model));
    files.add(new ResourceDescriptorEmitter(names).emit(model));
    files.add(new ResourceOperationsEmitter(names).emit(model));
    files.add(new ResourceControllerEmitter(names).emit(model));
    files.add(new OpenApiControllerEmitter(names).emit(model));
    if (model.classpath().springSecurity()) {
      files.add(new SecurityConfigurationEmitter(names).emit(model));
    }
  }

  /** Per resource: the controller (with its records and mapping) and, unless the project has one, the repository. */
  private static void addResource(List<JavaFile> files, EntityModel entity, Names names) {
    if (entity.repository().isEmpty()) {
      files.add(new RepositoryEmitter(names).emit(entity));
    }
    files.add(new ControllerEmitter(names).emit(entity));
  }
}
