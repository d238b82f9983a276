// The build failed (invoker.buildResult = failure); it must have failed because of the budget, saying why.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] FAIL         request maxSci (error): median 0.00263333 gCO2e/request')
assert log.contains('exceeds maxSci 0.002 gCO2e/request by 31.7 %')
assert log.contains('BUILD FAILURE')
assert log.contains('Carbon budget exceeded: 1 error-level limit breached')
assert !log.contains('sci4j:check configuration')
// The outputs are written before the build fails, so CI can still show them.
assert new File(basedir, 'target/sci4j/TEST-sci4j-budget.xml').text.contains('failures="1"')
