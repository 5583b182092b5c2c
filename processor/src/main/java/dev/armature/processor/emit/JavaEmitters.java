package dev.armature.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.SurfaceKind;
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
    if (model.classpath().springSecurity()) {
      files.add(new SecurityConfigurationEmitter(names).emit(model));
    }
  }

  private static void addResource(List<JavaFile> files, EntityModel entity, Names names) {
    RecordEmitters records = new RecordEmitters(names);
    if (entity.repository().isEmpty()) {
      files.add(new RepositoryEmitter(names).emit(entity));
    }
    if (MapperEmitter.hasCreate(entity)) {
      files.add(records.request(entity, SurfaceKind.CREATE));
    }
    if (MapperEmitter.hasUpdate(entity)) {
      files.add(records.request(entity, SurfaceKind.UPDATE));
    }
    files.add(records.response(entity, SurfaceKind.READ));
    if (entity.has(Operation.LIST)) {
      if (entity.surfaces().listDiffersFromRead()) {
        files.add(records.response(entity, SurfaceKind.LIST));
      }
      files.add(records.filter(entity));
    }
    files.add(new MapperEmitter(names).emit(entity));
    files.add(new ServiceEmitter(names).emit(entity));
    files.add(new ControllerEmitter(names).emit(entity));
  }
}
