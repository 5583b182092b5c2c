// Evaluated by the plugin-* projects' prebuild.groovy: the clone keeps what an earlier run wrote into the
// project folder (it/pom.xml clones without cleaning, so that shared/ stays); start from the project as a
// person has it before Armature ever ran.
['.env', '.admin_credentials', '.env.example', '.gitignore', '.armature', 'docs', 'target'].each {
  def f = new File(basedir, it)
  f.isDirectory() ? f.deleteDir() : f.delete()
}
basedir.eachFileMatch(~/build-step\d+\.log/) { it.delete() }
new File(basedir.parentFile, basedir.name + '-elsewhere').deleteDir()
return true
