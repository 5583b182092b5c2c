// templateDirectory: a template of the same name replaces the built-in one; a typo in it is a clear error.
def runs = new GroovyClassLoader(getClass().classLoader)
    .parseClass(new File(basedir, '../shared/MavenRuns.groovy')).newInstance(basedir, localRepositoryPath)
def file = { String p -> new File(basedir, p) }

def broken = runs.fails(['generate-sources', '-Darmature.templateDirectory=src/armature/broken-templates'])
assert broken.log.contains('API.md.vm') && broken.log.contains('line 4') && broken.log.contains('resourceCnt') :
    "no clear template error in\n${runs.tail(broken.log)}"

def replaced = runs.ok(['generate-sources', '-Darmature.templateDirectory=src/armature/templates'])
// a misspelt name replaces nothing: said, not silently ignored
assert replaced.log =~ /WARN.*<templateDirectory> has env-example\.vm, but no template of that name exists/ :
    "no warning about the misspelt template in\n${runs.tail(replaced.log)}"
def api = file('docs/API.md').text
assert api.startsWith('# Notes API (our house format)\n') : "the replacement template was not used:\n${api}"
assert api.contains('- `/api/notes`: 6 endpoints')
// the other built-in template is still used
assert file('.env.example').text.contains('ARMATURE_ADMIN_USERNAME=')
return true
