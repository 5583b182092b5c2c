// Runs after the three builds of invoker.properties; target/ holds the last one (Spring Boot 3.5, H2).
def log = new File(basedir, 'build.log').text
['db=h2, Spring Boot 4.1.1', 'db=postgresql, Spring Boot 4.1.1', 'db=h2, Spring Boot 3.5.16'].each { run ->
  assert log.contains("[armature-it] LibraryApiIT finished on ${run}") : "no LibraryApiIT run with ${run}"
}

def generated = new File(basedir, 'target/generated-sources/annotations/com/example/library/domain/api')
// per resource a controller (with its records and mapping) and, unless the project has one, a repository;
// the flow every resource shares is generated once
['BookController', 'BookRepository', 'AuthorRepository', 'ReviewRepository', 'PublisherController',
 'ResourceController', 'ResourceOperations', 'ProblemDetailsAdvice', 'ArmatureSecurityConfiguration'].each { type ->
  assert new File(generated, "${type}.java").isFile() : "Armature did not generate ${type}"
}
// the project has its own PublisherRepository: it is used, not generated again
assert !new File(generated, 'PublisherRepository.java').exists()
// Spring Boot 3.5 means Jackson 2: the generated code must use com.fasterxml.jackson.databind
def controller = new File(generated, 'BookController.java').text
assert controller.contains('com.fasterxml.jackson.databind') && !controller.contains('tools.jackson')
// every generated type says so, without a date (same inputs, same bytes)
generated.eachFileMatch(~/.*\.java/) { f ->
  assert f.text.contains('@Generated("dev.armature.processor.ArmatureProcessor")') : "${f.name} is not marked @Generated"
}

['model.json', 'openapi.yaml'].each { name ->
  assert new File(basedir, "target/classes/META-INF/armature/${name}").isFile() : "no META-INF/armature/${name}"
}
// nothing generated into src/
assert !new File(basedir, 'src/main/java/com/example/library/domain/api').exists()
return true
