// The plugin's whole lifecycle on one project, as a person lives it: build, build again with nothing
// changed, edit a generated file, change an entity, delete a generated file, clean, skip.
def runs = new GroovyClassLoader(getClass().classLoader)
    .parseClass(new File(basedir, '../shared/MavenRuns.groovy')).newInstance(basedir, localRepositoryPath)
def file = { String p -> new File(basedir, p) }
def generated = ['docs/API.md', '.env.example', '.armature/manifest.json', '.gitignore']
def secrets = ['.env', '.admin_credentials']

// 1. the invoker's build: everything made, the app ran on what provision wrote
def first = file('build.log').text
assert first.contains('[armature-it] ProvisionedAppIT finished')
(generated + secrets + ['target/armature/model.json']).each { assert file(it).isFile() : "no ${it}" }
// the plugin's IR pass saw what the compile saw, -A options of the default-compile execution included
def compiledModel = file('target/classes/META-INF/armature/model.json').text
assert compiledModel.contains('"com.example.tracker.rest"') : 'the compile did not use -Aarmature.package'
assert file('target/armature/model.json').text == compiledModel : "the plugin's model.json differs from the compile's"
// the OpenAPI info is the project's (armature:generate wrote project.properties before the compile)
def openApi = file('target/classes/META-INF/armature/openapi.yaml').text
assert openApi.contains('title: Issue tracker') && openApi.contains('version: 1.0.0-SNAPSHOT') : 'info is not the project\'s'
def password = runs.dotEnv(file('.env'))['ARMATURE_ADMIN_PASSWORD']
assert password && password.length() >= 20
assert !first.contains(password) : 'the admin password is in the build log'
assert !file('.armature/manifest.json').text.contains(password)
assert first.contains('set -a; . ./.env; set +a') && first.contains('java -jar target/issue-tracker-1.0.0-SNAPSHOT.jar')
assert first.contains('/api/issues') || first.contains('/api/projects')
def ignored = file('.gitignore').readLines()
assert ignored.containsAll(['.env', '.admin_credentials']) : "gitignore: ${ignored}"
assert file('docs/API.md').text.contains('/api/issues')
assert !file('.env.example').text.contains(password)

// 2. the same sources elsewhere (another folder, a fresh target/) give the same bytes
def elsewhere = new File(basedir.parentFile, 'plugin-lifecycle-elsewhere')
runs.copyProject(elsewhere)
runs.ok(elsewhere, ['package', '-DskipITs'])
generated.each { p ->
  assert new File(elsewhere, p).bytes == file(p).bytes : "${p} differs when built in another folder"
}

// 3. nothing changed: up to date, not one byte or timestamp touched
def before = runs.snapshot(generated + secrets)
def again = runs.ok(['package', '-DskipITs'])
assert again.log.contains('Up to date') : 'the second generate did not say it was up to date'
assert runs.snapshot(generated + secrets) == before : 'a second run with nothing changed wrote files'

// 4. a person edits docs/API.md: the edit stays, Armature's version goes beside it and the build says so
def generatedApi = file('docs/API.md').text
file('docs/API.md').append('\n## Our notes\n\nWritten by a person.\n')
def editOnly = runs.ok(['package', '-DskipITs'])
assert file('docs/API.md').text.contains('Written by a person.') : 'the edit to docs/API.md was overwritten'
assert file('docs/API.md.armature-new').text == generatedApi : "Armature's version is not beside the edited file"
assert editOnly.log =~ /(?s)WARN.*docs\/API\.md\.armature-new/ : 'the build did not say it kept the edited docs/API.md'

// then an entity changes: the edit stays, the new version beside it follows the entity
def issue = file('src/main/java/com/example/tracker/domain/Issue.java')
issue.text = issue.text.replace('public Status status = Status.OPEN;',
    'public Status status = Status.OPEN;\n  @Searchable public Integer priority;')
def edited = runs.ok(['package', '-DskipITs'])
assert file('docs/API.md').text.contains('Written by a person.') : 'the edit to docs/API.md was overwritten'
assert !file('docs/API.md').text.contains('priority')
assert file('docs/API.md.armature-new').text.contains('priority') : 'the new version is not beside the edited file'
assert edited.log =~ /(?s)WARN.*docs\/API\.md/ : 'the build did not say it kept the edited docs/API.md'
assert file('.env.example').bytes == new File(elsewhere, '.env.example').bytes

// 5. a person deletes a generated file: it is not brought back
assert file('.env.example').delete()
def deleted = runs.ok(['package', '-DskipITs'])
assert !file('.env.example').exists() : '.env.example was brought back after a person deleted it'
assert deleted.log.contains('.env.example')

// 6. clean: the secrets survive byte for byte, the edit too
def secretsBefore = secrets.collectEntries { [(it): file(it).bytes] }
runs.ok(['clean', 'package', '-DskipITs'])
secrets.each { assert file(it).bytes == secretsBefore[it] : "${it} changed after mvn clean package" }
assert file('docs/API.md').text.contains('Written by a person.')

// 7. armature.skip: neither goal does anything
issue.text = issue.text.replace('@Searchable public Integer priority;', '@Searchable public Integer priority;\n  public String reporter;')
def skipped = runs.ok(['package', '-DskipITs', '-Darmature.skip=true'])
assert skipped.log.count('Skipped (armature.skip)') == 2 : 'generate and provision should both say they skipped'
assert !file('docs/API.md.armature-new').text.contains('reporter')
return true
