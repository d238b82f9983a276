package dev.sci4j.agent.otel.it;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real OpenTelemetry Java agent with the sci4j extension on a messaging service ({@link JmsService}: an
 * embedded Apache ActiveMQ Artemis broker, Jakarta JMS listeners, which OpenTelemetry's jms-3.0 instrumentation
 * sees). Each processed message is one unit named from its queue, {@code messaging process QUEUE}: checked, the
 * counts equal the messages sent to each queue, heavy/light energy per unit > 2 for 8× the CPU (the heavy
 * listener's work runs on another executor, so it reaches the unit through OpenTelemetry's context), sci4j's own
 * scrapes are no unit, and nothing else is counted: not the producer's sends, not the receive spans of a
 * polling consumer (which end before the message is processed). One service JVM per JDK: the test's own and, where installed, Temurin 25.
 */
class OtelMessagingIT {
    private static final int MESSAGES = 20;
    /** Messages to a third queue first, for the cold code that would otherwise land on the first measured one. */
    private static final int WARM_UP = 10;
    /** Messages a polling consumer takes with {@code receive()}: OpenTelemetry's receive spans are no units. */
    private static final int POLLED = 5;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestJdks.TEST_JDK, TestJdks.JDK_25})
    void eachProcessedMessageIsOneUnitNamedFromItsQueueAndExecutorCpuFollows(String jdk) throws Exception {
        OtelService service = OtelService.start(
                "jms-" + TestJdks.tag(jdk),
                TestJdks.javaHome(jdk),
                TestJdks.libs("sci4j.it.jmsLibs"),
                JmsService.class,
                Pattern.compile("consuming"));
        OtelRun run;
        try {
            send(service, JmsService.WARM_UP, WARM_UP);
            service.scrape();
            send(service, JmsService.BOTH, MESSAGES);
            service.scrape();
            send(service, JmsService.POLLED, POLLED);
            run = service.stop();
        } finally {
            service.kill();
        }
        String light = "messaging process " + JmsService.LIGHT;
        String heavy = "messaging process " + JmsService.HEAVY;
        String warmUp = "messaging process " + JmsService.WARM_UP;
        double ratio = run.assertLightAndHeavy(light, heavy, MESSAGES);
        run.assertCounted(warmUp, WARM_UP, 0);
        run.assertOnlyUnits(light, heavy, warmUp);
        System.out.printf(
                "jms on %s: heavy/light energy per unit %.2f, serving after %.1f s%s%n",
                jdk, ratio, run.startSeconds, run.summary());
    }

    private static void send(OtelService service, String queue, int messages) throws Exception {
        service.command(queue + " " + messages, Pattern.compile(Pattern.quote("processed " + queue + " " + messages)));
    }
}
