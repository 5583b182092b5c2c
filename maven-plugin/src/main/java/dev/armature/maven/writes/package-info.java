/**
 * Every write Armature makes into the project folder, through {@link dev.armature.maven.writes.OutputFiles}:
 * atomic, only when the bytes change, and recorded in the committed {@code .armature/manifest.json} so that
 * a file a person edited or deleted is left as the person left it. Secrets are made once, owner-only, and
 * never hashed.
 */
package dev.armature.maven.writes;
