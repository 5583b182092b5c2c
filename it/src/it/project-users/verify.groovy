def log = new File(basedir, 'build.log').text
['db=h2, Spring Boot 4.1.1', 'db=h2, Spring Boot 3.5.16'].each { run ->
  assert log.contains("[armature-it] ProjectUsersIT finished on ${run}") : "no ProjectUsersIT run with ${run}"
}
// Boot finds the generated security classes through the list the processor wrote
def imports = new File(basedir, 'target/classes/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports')
assert imports.isFile() && imports.text.contains('com.example.notes.api.ArmatureAdminAccountConfiguration')
return true
