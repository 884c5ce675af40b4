// The README's class compiled against the BOM's versions of the kit.
def sources = new File(basedir, 'src/main/java').listFiles()*.name.collect { it - '.java' }
def classes = new File(basedir, 'target/classes').listFiles()*.name.findAll { it.endsWith('.class') }.collect { it - '.class' }
assert !sources.isEmpty()
assert classes.containsAll(sources) : "sources ${sources}, compiled ${classes}"
return true
