def log = new File(basedir, 'build.log').text
assert log.contains('[armature-it] LombokAccessorsIT finished on db=h2') : 'LombokAccessorsIT did not run'

def generated = new File(basedir, 'target/generated-sources/annotations/com/example/tasks/api')
['TaskController', 'ProjectController'].each { type ->
  assert new File(generated, "${type}.java").isFile() : "Armature did not generate ${type}"
}
// the accessors the controller's mapping calls exist only in Lombok's output: it read them from the same compilation
def controller = new File(generated, 'TaskController.java').text
assert controller.contains('getSummary()') && controller.contains('setSummary(')
assert new File(basedir, 'target/classes/META-INF/armature/model.json').isFile()

// armature:generate's IR pass ran Lombok before Armature, like the compile: the same model, the same fields
def irModel = new File(basedir, 'target/armature/model.json')
assert irModel.text == new File(basedir, 'target/classes/META-INF/armature/model.json').text :
    'the IR pass of armature:generate and the compile built different models'
def api = new File(basedir, 'docs/API.md').text
assert api.contains('/api/tasks') && api.contains('`summary`') && api.contains('`assigneeEmail`')
return true
