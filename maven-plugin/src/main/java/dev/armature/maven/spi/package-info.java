/**
 * The two extension points of the Armature Maven plugin, found with {@link java.util.ServiceLoader} on the
 * plugin's class path: a jar added to the plugin's {@code <dependencies>} that lists its classes in
 * {@code META-INF/services/dev.armature.maven.spi.Generator} or {@code ...spi.Hook} takes part in the
 * build like the built-in ones.
 *
 * <ul>
 *   <li>{@link dev.armature.maven.spi.Generator}: IR and settings in, files out; pure, so independent
 *       generators run in parallel and still give the same bytes as a serial run.</li>
 *   <li>{@link dev.armature.maven.spi.Hook}: runs before the build ({@code armature:generate}) or after it
 *       ({@code armature:provision}), in the order the hooks declare, with a {@link
 *       dev.armature.maven.spi.HookContext} in and a {@link dev.armature.maven.spi.HookResult} out.</li>
 * </ul>
 *
 * <p>Everything here is plain Java: no Maven API, so a generator or hook is tested with plain unit tests.
 */
package dev.armature.maven.spi;
