package dev.armature.maven.writes;

/**
 * The sentences a person reads in the build log when Armature did not do the obvious thing with a file.
 * Each says what happened, why, and what to do about it; paths are relative to the output directory.
 */
final class Notices {
  static final String NEW_SUFFIX = ".armature-new";

  private Notices() {}

  static String editedNewBeside(String path) {
    return path + " was changed since Armature wrote it, so it is kept as it is, and Armature's new version is"
        + " written beside it as " + path + NEW_SUFFIX + ". " + howToAccept(path);
  }

  static String notOursNewBeside(String path) {
    return path + " was not written by Armature (it is not in " + Manifest.PATH + "), so it is kept as it is,"
        + " and Armature's version is written beside it as " + path + NEW_SUFFIX + ". " + howToAccept(path);
  }

  static String deletedNotRestored(String path) {
    return path + " was deleted after Armature wrote it, so it is not brought back. To get it back, remove its"
        + " entry from " + Manifest.PATH + " and build again.";
  }

  static String staleButEdited(String path, Origin origin) {
    return path + " is no longer made by " + origin + ", but it was changed since Armature wrote it, so it is"
        + " kept (and no longer listed in " + Manifest.PATH + "); delete it if you do not need it.";
  }

  private static String howToAccept(String path) {
    return "Compare the two; to take the new version, copy " + path + NEW_SUFFIX + " over " + path
        + " (Armature then adopts it, since the bytes match, and removes " + path + NEW_SUFFIX + ").";
  }
}
