package dev.armature.processor.model;

/**
 * Page sizes of list requests.
 *
 * @param defaultPageSize used when a request gives no {@code size}
 * @param maxPageSize a larger {@code size} is clamped to it
 */
public record PagingModel(int defaultPageSize, int maxPageSize) {
  public PagingModel {
    if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
      throw new IllegalArgumentException("need 1 <= defaultPageSize <= maxPageSize");
    }
  }
}
