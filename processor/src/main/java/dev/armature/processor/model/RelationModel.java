package dev.armature.processor.model;

/**
 * The owning side of a to-one relation ({@code @ManyToOne} or {@code @OneToOne}).
 *
 * @param target the related entity class
 * @param targetIdName the related entity's id property, e.g. {@code id}
 * @param targetIdAccess how to read the related entity's id
 * @param targetPath the related resource's path when it is an {@code @ApiResource} too, else empty
 * @param oneToOne whether it is a {@code @OneToOne}
 */
public record RelationModel(TypeRef target, String targetIdName, Access targetIdAccess, String targetPath, boolean oneToOne) {}
