/**
 * Annotations that turn JPA entities into a generated Spring Boot REST API. See {@link
 * dev.armature.annotations.ApiResource}.
 */
package dev.armature.annotations;
