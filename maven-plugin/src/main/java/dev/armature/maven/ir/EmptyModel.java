package dev.armature.maven.ir;

import dev.armature.processor.model.Classpath;
import dev.armature.processor.model.DomainModel;
import java.util.List;

/** The IR of a project without {@code @ApiResource} entities yet: generators and hooks still run and say so. */
final class EmptyModel {
  private EmptyModel() {}

  static DomainModel of() {
    return new DomainModel("", new Classpath(3, false), List.of());
  }
}
