// The agent ran inside failsafe's JVM and wrote its file; the check goal read that file and passed.
def measurement = new File(basedir, 'target/sci4j/measurement.json')
assert measurement.isFile()
def m = new groovy.json.JsonSlurper().parse(measurement)
assert m.run.energySource.kind in ['rapl', 'host-file', 'model', 'constant']
assert m.samples.size() > 0
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0')
assert log.contains('sci4j carbon budget: 1 measurement file')
assert log.contains('Within the carbon budget')
assert log.contains('BUILD SUCCESS')
