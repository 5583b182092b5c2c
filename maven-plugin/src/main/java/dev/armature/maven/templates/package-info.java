/**
 * The {@link dev.armature.maven.spi.Templates} implementation: Apache Velocity 2 in strict mode, with
 * templates from the project's {@code templateDirectory} or the class path, variables from
 * {@link dev.armature.maven.spi.TemplateVars} records checked before rendering, and errors that name the
 * template, line and column.
 */
package dev.armature.maven.templates;
