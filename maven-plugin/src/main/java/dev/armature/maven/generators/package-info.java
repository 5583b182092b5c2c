/**
 * The built-in generators: each turns the IR and the project facts into one kind of file, through a
 * Velocity template of {@code armature-templates} filled by a typed variables record ({@code *Vars})
 * whose values are all computed here, so the templates hold layout and prose, never logic.
 */
package dev.armature.maven.generators;
