package dev.armature.maven.spi;

/**
 * The typed variables of one template, always a {@code record}: each component is a template variable
 * ({@code $entities}, {@code $projectName}, ...), and every one must be set (a {@code null} component is
 * an error before the template runs). Values are computed beforehand, so templates hold no logic: a
 * component is a {@code String}, a number, a {@code boolean}, an enum, a {@code List} or {@code Map} of those, or
 * another record made of the same (which the template reads as {@code $entity.path}).
 *
 * <p>The idea is AutoValue's {@code TemplateVars}: the class says exactly what a template may use.
 */
public interface TemplateVars {}
