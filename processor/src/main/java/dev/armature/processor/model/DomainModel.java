package dev.armature.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The IR: every resource of one compilation, the package generated code goes to, and the facts about
 * the class path that decide what the emitters produce. Built once; read by every emitter and by the
 * plugin's generators (as {@code META-INF/armature/model.json}).
 *
 * @param generatedPackage the package of every generated class
 * @param classpath what the compile class path offers (Jackson major version, Spring Security, ...)
 * @param entities the resources, sorted by qualified name
 */
public record DomainModel(String generatedPackage, Classpath classpath, List<EntityModel> entities) {

  public DomainModel {
    Objects.requireNonNull(generatedPackage, "generatedPackage");
    Objects.requireNonNull(classpath, "classpath");
    entities = List.copyOf(entities);
    for (int i = 1; i < entities.size(); i++) {
      if (entities.get(i - 1).qualifiedName().compareTo(entities.get(i).qualifiedName()) >= 0) {
        throw new IllegalArgumentException("entities must be sorted by qualified name and unique");
      }
    }
  }

  /** The resource whose entity has this qualified name, if it is one. */
  public Optional<EntityModel> entity(String qualifiedName) {
    return entities.stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst();
  }

  /** All roles named by any resource, sorted; the provisioned admin account holds all of them. */
  public List<String> allRoles() {
    return entities.stream()
        .flatMap(e -> java.util.stream.Stream.concat(e.security().readRoles().stream(), e.security().writeRoles().stream()))
        .distinct().sorted().toList();
  }
}
