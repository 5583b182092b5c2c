/**
 * Builds the IR at {@code generate-sources}: the processor runs over the project's sources in an IR-only,
 * {@code -proc:only} pass of the JDK's own compiler ({@code javax.tools}), so no class files and no Java
 * are produced, and the plugin reads back the {@code model.json} it writes. Also the fingerprint of the
 * inputs that lets a run with nothing changed skip all of it.
 */
package dev.armature.maven.ir;
