// The build failed, and for the reason under test: japicmp found the removed method.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('japicmp') : 'the failure did not come from the compatibility check'
assert log.contains('METHOD_REMOVED') : 'the removed method was not reported'
assert log.contains('goodbye')
return true
