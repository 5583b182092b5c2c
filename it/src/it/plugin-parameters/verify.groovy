// Every wrong parameter fails the build with a message that names its XML element and what it accepts;
// nothing is written by a build that fails on its parameters.
def runs = new GroovyClassLoader(getClass().classLoader)
    .parseClass(new File(basedir, '../shared/MavenRuns.groovy')).newInstance(basedir, localRepositoryPath)
def file = { String p -> new File(basedir, p) }
assert file('build.log').text.contains('BUILD SUCCESS')
assert file('docs/API.md').isFile() && file('.env').isFile()

def mistakes = [
  [['-Darmature.profile=huge'], "<profile> is 'huge'; accepted values: startup, enterprise, hyperscale"],
  [['-Darmature.database=oracle'], "<database> is 'oracle'; accepted values: h2, postgresql, mysql"],
  [['-Darmature.generators=api-docs,dockerfile'], "Unknown generator 'dockerfile' in <generators>; known generators: api-docs, env-example"],
  [['-Darmature.excludeGenerators=docs'], "Unknown generator 'docs' in <excludeGenerators>"],
  [['-Darmature.hooks=banner,fireworks'], "Unknown hook 'fireworks' in <hooks>"],
  [['-Darmature.skipHooks=gitignor'], "Unknown hook 'gitignor' in <skipHooks>"],
  [['-Punknown-hook-setting'], "<hookSettings> has <admin-credentials.colour>, which the hook 'admin-credentials' does not know; it accepts <admin-credentials.username>"],
  [['-Phook-setting-of-no-hook'], "<hookSettings> has <admin-credential.username>, but no hook is called 'admin-credential'"],
  [['-Darmature.outputDirectory=pom.xml/out'], '<outputDirectory>'],
  [['-Darmature.templateDirectory=src/no-such-templates'], '<templateDirectory>'],
  [['-Darmature.failOnHookError=maybe'], "<failOnHookError> is 'maybe'; accepted values: true, false"],
  [['-Darmature.skip=yes'], "<skip> is 'yes'; accepted values: true, false"],
  // two mistakes, both named in one build: the second on a line of its own after the first
  [['-Darmature.profile=huge', '-Darmature.database=oracle'], "[ERROR] <database> is 'oracle'"],
]
def before = runs.snapshot(['docs/API.md', '.env.example', '.armature/manifest.json'])
mistakes.each { args, message ->
  def r = runs.fails(['package'] + args)
  assert r.log.contains(message) : "mvn package ${args.join(' ')}: no '${message}' in\n${runs.tail(r.log)}"
  assert !(r.log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : "a stack trace for ${args}"
}
assert runs.snapshot(['docs/API.md', '.env.example', '.armature/manifest.json']) == before : 'a failed build wrote files'

// a hook setting and another output folder
def custom = runs.ok(['package', '-Pcustom-admin', '-Darmature.outputDirectory=target/elsewhere'])
def credentials = new Properties()
file('target/elsewhere/.admin_credentials').withReader { credentials.load(it) }
assert credentials.getProperty('armature.admin.username') == 'keeper'
assert file('target/elsewhere/docs/API.md').isFile()

evaluate(new File(basedir, 'verify-templates.groovy'))  // shares the binding: basedir, localRepositoryPath
return true
