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
return true
