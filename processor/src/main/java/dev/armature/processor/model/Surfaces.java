package dev.armature.processor.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resolved property names of each surface, in the order they appear in JSON.
 *
 * @param create POST body
 * @param update PUT/PATCH body
 * @param read single-item response
 * @param list list item
 */
public record Surfaces(List<String> create, List<String> update, List<String> read, List<String> list) {
  public Surfaces {
    create = List.copyOf(create);
    update = List.copyOf(update);
    read = List.copyOf(read);
    list = List.copyOf(list);
  }

  public List<String> get(SurfaceKind kind) {
    return switch (kind) {
      case CREATE -> create;
      case UPDATE -> update;
      case READ -> read;
      case LIST -> list;
    };
  }

  /** Whether list items have their own record rather than reusing the read response. */
  public boolean listDiffersFromRead() {
    return !list.equals(read);
  }

  /** Every name in any surface. */
  public Set<String> allNames() {
    var all = new LinkedHashSet<String>();
    all.addAll(create);
    all.addAll(update);
    all.addAll(read);
    all.addAll(list);
    return all;
  }
}
