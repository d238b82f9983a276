// The build passed (invoker checks that); the summary and the CI outputs must be there.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sci4j carbon budget: 5 measurement files (one repetition each; model, accuracy class C (±30 %)')
assert log.contains('pass         request maxSci (error): median 0.00131667 gCO2e/request')
assert log.contains('request maxRegressionPercent (error)')
assert log.contains('Within the carbon budget (0 warnings, 0 inconclusive).')
assert log.contains('BUILD SUCCESS')
def junit = new File(basedir, 'target/sci4j/TEST-sci4j-budget.xml').text
assert junit.contains('tests="3" failures="0"')
def bench = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sci4j/benchmark.json'))
assert bench*.name == ['request SCI', 'request energy per unit']
assert bench[0].unit == 'gCO2e/request'
assert new File(basedir, 'target/sci4j/check.json').isFile()
