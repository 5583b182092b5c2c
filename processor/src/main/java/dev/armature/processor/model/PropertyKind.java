package dev.armature.processor.model;

/** What role a property plays in the entity. */
public enum PropertyKind {
  /** The {@code @Id}. */
  ID,
  /** The {@code @Version} used for ETags and optimistic locking. */
  VERSION,
  /** A persistent value of a supported scalar type. */
  SCALAR,
  /** The owning side of a {@code @ManyToOne} or {@code @OneToOne}; exposed as {@code {name}Id}. */
  TO_ONE
}
