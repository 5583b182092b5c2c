package dev.armature.maven.ir;

import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A compiler diagnostic as one line, in the form maven-compiler-plugin prints (which IDEs turn into a
 * link): {@code /abs/path/Book.java:[12,3] message}.
 */
final class DiagnosticText {
  private DiagnosticText() {}

  static String of(Diagnostic<? extends JavaFileObject> d) {
    String message = d.getMessage(Locale.ROOT).replace("\r\n", "\n").replace('\n', ' ');
    if (d.getSource() == null) {
      return message;
    }
    return Path.of(d.getSource().toUri()) + ":[" + d.getLineNumber() + "," + d.getColumnNumber() + "] " + message;
  }
}
