// The third-party generator and hook ran as the built-in ones do, the hook in the order it declares.
def file = { String p -> new File(basedir, p) }
def log = file('build.log').text

assert file('docs/resources.csv').text == 'path,entity,operations\n/api/notes,Note,LIST READ CREATE UPDATE PATCH DELETE\n'
assert file('docs/AUDIT.md').text.contains('Owner: Platform team')
assert file('docs/AUDIT.md').text.contains('Admin account: admin')
// it ran after gitignore, as it declares: .gitignore already ignored .env when it looked
assert file('docs/AUDIT.md').text.contains('Secrets ignored by git: yes')
def manifest = file('.armature/manifest.json').text
assert manifest.contains('docs/resources.csv') && manifest.contains('resource-index')
assert manifest.contains('docs/AUDIT.md') && manifest.contains('audit-trail')

// 'audit-trail' sorts first by name, but runs after 'gitignore' as it declares
def at = { String line -> def i = log.indexOf(line); assert i >= 0 : "no '${line}' in the build log"; i }
assert at('gitignore: ') < at('audit-trail: wrote docs/AUDIT.md')
assert at('admin-credentials: ') < at('gitignore: ')
return true
