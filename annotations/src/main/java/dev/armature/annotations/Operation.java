package dev.armature.annotations;

/**
 * The HTTP operations Armature can generate for an {@link ApiResource}.
 *
 * @since 0.1.0
 */
public enum Operation {
  /** {@code GET /api/{path}}: a page of items, with filters and sorting. */
  LIST,
  /** {@code GET /api/{path}/{id}}: one item, with its {@code ETag}. */
  READ,
  /** {@code POST /api/{path}}: create from the {@code create} surface. */
  CREATE,
  /** {@code PUT /api/{path}/{id}}: replace the whole {@code update} surface. */
  UPDATE,
  /** {@code PATCH /api/{path}/{id}}: JSON Merge Patch (RFC 7396) of the {@code update} surface. */
  PATCH,
  /** {@code DELETE /api/{path}/{id}}. */
  DELETE
}
