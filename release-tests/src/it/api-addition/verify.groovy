// A compatible change passes the same check (so the failing fixture fails for its change, not for the setup).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('japicmp-maven-plugin') : 'the compatibility check did not run'
def diff = new File(basedir, 'v2/target/japicmp/api-compatibility.diff').getText('UTF-8')
assert diff.contains('shout') : 'the added method was not seen: ' + diff
return true
