// Copies the README's wiring example (between the scratch-example markers) into this project's sources.
def readme = new File(kitRoot, 'README.md').getText('UTF-8')
def section = readme.find(/(?s)<!-- scratch-example:begin -->\s*```java\n(.*?)```\s*<!-- scratch-example:end -->/) { all, code -> code }
assert section : 'README.md has no scratch-example block'
def name = (section =~ /public final class (\w+)/)[0][1]
def target = new File(basedir, "src/main/java/${name}.java")
target.parentFile.mkdirs()
target.setText(section, 'UTF-8')
return true
