package dev.armature.maven.writes;

import dev.armature.maven.spi.GeneratedFile;
import dev.armature.maven.spi.ProjectFiles;
import java.io.IOException;
import java.util.Optional;

/** One hook's {@link ProjectFiles}: the same rules as generators' files, recorded under the hook's name. */
final class HookFiles implements ProjectFiles {
  private final OutputFiles files;
  private final Origin hook;

  HookFiles(OutputFiles files, Origin hook) {
    this.files = files;
    this.hook = hook;
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    return files.read(GeneratedFile.checkedPath(path));
  }

  @Override
  public WriteOutcome write(String path, byte[] content) throws IOException {
    return files.writeOwned(GeneratedFile.checkedPath(path), content.clone(), hook);
  }

  @Override
  public WriteOutcome merge(String path, byte[] content) throws IOException {
    return files.merge(GeneratedFile.checkedPath(path), content.clone(), hook);
  }

  @Override
  public WriteOutcome createSecret(String path, byte[] content) throws IOException {
    return files.createSecret(GeneratedFile.checkedPath(path), content.clone(), hook);
  }

  @Override
  public String toString() {
    return "ProjectFiles of " + hook;
  }
}
