// More Maven builds of an invoker project, run from its verify.groovy: the invoker itself builds a project
// once (or a fixed list of times), but the plugin's scenarios need to change files between builds.
// Load with:
//   def runs = new GroovyClassLoader(getClass().classLoader)
//       .parseClass(new File(basedir, '../shared/MavenRuns.groovy')).newInstance(basedir, localRepositoryPath)
import java.nio.file.Files
import java.security.MessageDigest

class MavenRuns {
  final File basedir
  final File repository
  int count = 0

  MavenRuns(File basedir, File repository) {
    this.basedir = basedir
    this.repository = repository
  }

  /** Runs Maven offline in {@code dir} (default: the project); returns [exit: int, log: String]. */
  Map run(File dir = basedir, List<String> args) {
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def command = [mvn, '-B', '-o', '-ntp', "-Dmaven.repo.local=${repository}".toString()] + args
    def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    // the person's own admin account must not leak into what the build provisions
    builder.environment().keySet().removeIf { it.startsWith('ARMATURE_') }
    def process = builder.start()
    def log = process.inputStream.getText('UTF-8')
    process.waitFor()
    def name = "build-step${++count}.log"
    new File(basedir, name).text = "# mvn ${args.join(' ')} (in ${dir})\n" + log
    println "[armature-it] step ${count}: mvn ${args.join(' ')} -> exit ${process.exitValue()} (${name})"
    [exit: process.exitValue(), log: log]
  }

  Map ok(File dir = basedir, List<String> args) {
    def r = run(dir, args)
    assert r.exit == 0 : "mvn ${args.join(' ')} failed:\n${tail(r.log)}"
    r
  }

  Map fails(File dir = basedir, List<String> args) {
    def r = run(dir, args)
    assert r.exit != 0 : "mvn ${args.join(' ')} should have failed:\n${tail(r.log)}"
    r
  }

  /** path -> "sha256 mtime" of each file that exists (missing ones are left out). */
  Map snapshot(List<String> paths) {
    paths.findAll { new File(basedir, it).isFile() }.collectEntries { p ->
      def f = new File(basedir, p)
      [(p): sha256(f) + ' ' + Files.getLastModifiedTime(f.toPath()).toMillis()]
    }
  }

  /** A copy of the project's pom.xml and src/ in {@code to} (emptied first): the same inputs elsewhere. */
  void copyProject(File to) {
    to.deleteDir()
    to.mkdirs()
    Files.copy(new File(basedir, 'pom.xml').toPath(), new File(to, 'pom.xml').toPath())
    def src = new File(basedir, 'src').toPath()
    Files.walk(src).forEach { p ->
      def target = to.toPath().resolve(basedir.toPath().relativize(p).toString())
      if (Files.isDirectory(p)) {
        Files.createDirectories(target)
      } else {
        Files.copy(p, target)
      }
    }
  }

  static String sha256(File f) {
    MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
  }

  /** KEY=value lines of a .env file. */
  static Map dotEnv(File f) {
    f.readLines().findAll { it && !it.startsWith('#') }.collectEntries { l ->
      def eq = l.indexOf('=')
      [(l.substring(0, eq)): l.substring(eq + 1)]
    }
  }

  static String tail(String log) {
    def lines = log.readLines()
    lines.subList(Math.max(0, lines.size() - 60), lines.size()).join('\n')
  }
}
