package dev.armature.processor.openapi;

import dev.armature.annotations.Operation;
import dev.armature.processor.model.DomainModel;
import dev.armature.processor.model.EntityModel;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who may read {@code /api/openapi.yaml} and {@code /api/openapi.json}: whoever may read the lists. Public
 * when any resource has public reads; otherwise the union of the read roles of the resources that can be
 * read; a write-only API takes the union of every role. Used by the security configuration and by the
 * document itself, so both say the same.
 */
public final class DocumentAccess {
  /** The paths the generated layer serves its description at, {@code .yaml} first. */
  public static final List<String> PATHS = List.of("/api/openapi.yaml", "/api/openapi.json");

  private DocumentAccess() {}

  /** The roles any of which may read the description, sorted; empty when it is public. */
  public static List<String> roles(DomainModel model) {
    List<EntityModel> readable = model.entities().stream()
        .filter(e -> e.has(Operation.LIST) || e.has(Operation.READ)).toList();
    if (readable.stream().anyMatch(e -> e.security().readRoles().isEmpty())) {
      return List.of();
    }
    Stream<String> roles = readable.isEmpty() ? model.allRoles().stream()
        : readable.stream().flatMap(e -> e.security().readRoles().stream());
    return roles.filter(Objects::nonNull).distinct().sorted().toList();
  }
}
