// Same inputs, same bytes (CONVENTIONS 12): two compilations of the same sources must generate
// identical Java sources, model.json and openapi.yaml.
def first = new File(basedir, 'target')
def again = new File(basedir, 'target/again')
def roots = ['generated-sources/annotations', 'classes/META-INF/armature']
def compared = 0
roots.each { root ->
  def a = new File(first, root)
  def b = new File(again, root)
  assert a.isDirectory() && b.isDirectory() : "missing ${root}"
  def names = { File dir -> def list = []; dir.eachFileRecurse(groovy.io.FileType.FILES) { list << dir.toPath().relativize(it.toPath()).toString() }; list.sort() }
  assert names(a) == names(b) : "${root}: different files\n${names(a)}\n${names(b)}"
  names(a).each { name ->
    assert new File(a, name).bytes == new File(b, name).bytes : "${root}/${name} differs between two builds"
    compared++
  }
}
assert compared > 10 : "only ${compared} generated files"
println "[armature-it] ${compared} generated files byte-identical across two builds"
return true
