package dev.armature.maven.ir;

import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;

/**
 * The IR without its {@code origin} elements, as {@link ModelJsonReader} reads it from {@code model.json}:
 * what generators and hooks get, whether the model came from the IR pass in this JVM or from the file.
 * The elements belong to a finished compilation and would keep all of it in memory.
 */
final class DetachedModel {
  private DetachedModel() {}

  static DomainModel of(DomainModel model) {
    return new DomainModel(model.generatedPackage(), model.classpath(),
        model.entities().stream().map(DetachedModel::entity).toList());
  }

  private static EntityModel entity(EntityModel e) {
    return new EntityModel(e.qualifiedName(), e.type(), e.path(), property(e.id()), e.version().map(DetachedModel::property),
        e.properties().stream().map(DetachedModel::property).toList(), e.operations(), e.security(), e.paging(),
        e.surfaces(), e.repository(), null);
  }

  private static PropertyModel property(PropertyModel p) {
    return new PropertyModel(p.name(), p.jsonName(), p.kind(), p.value(), p.access(), p.readOnly(), p.writeOnly(),
        p.searchable(), p.generated(), p.required(), p.unique(), p.column(), p.constraints(), p.relation(), null);
  }
}
