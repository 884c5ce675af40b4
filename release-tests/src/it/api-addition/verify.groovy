// A compatible change passes the same check (so the failing fixture fails for its change, not for the setup).
def report = new File(basedir, 'v2/target/japicmp/api-compatibility.diff')
assert report.isFile() : 'the compatibility check did not run'
def diff = report.getText('UTF-8')
assert diff.contains('shout') : 'the added method was not seen: ' + diff
return true
