// Runs after the three builds of invoker.properties.
def log = new File(basedir, 'build.log').text
['db=h2, Spring Boot 4.1.1', 'db=postgresql, Spring Boot 4.1.1', 'db=h2, Spring Boot 3.5.16'].each { run ->
  assert log.contains("[armature-it] PetclinicApiIT finished on ${run}") : "no PetclinicApiIT run with ${run}"
}
// the project's own controllers are untouched, and nothing is generated into src/
assert new File(basedir, 'src/main/java/com/example/clinic/owner/OwnerController.java').isFile()
assert !new File(basedir, 'src/main/java/com/example/clinic/api').exists()
return true
