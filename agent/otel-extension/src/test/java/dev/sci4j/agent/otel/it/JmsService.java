package dev.sci4j.agent.otel.it;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A messaging service: an Apache ActiveMQ Artemis broker embedded in the JVM (in-VM acceptor, nothing on the
 * network, no persistence) and a Jakarta JMS {@link MessageListener} on each of three queues: {@value #WARM_UP}
 * and {@value #LIGHT} do the light CPU work per message, {@value #HEAVY} 8× as much, handed to another executor
 * and awaited, so its CPU time reaches the message's unit only through OpenTelemetry's context propagation; a
 * polling consumer takes the messages of {@value #POLLED} with {@code receive()} and does the light work. It
 * prints {@code consuming} once its listeners are set, then reads commands from its standard input: {@code
 * QUEUE N} sends N messages to QUEUE ({@code both N}: N to each of light and heavy, interleaved) from the main
 * thread, outside any span, waits until all are processed and prints {@code processed QUEUE N}. Run as a child
 * JVM by {@link OtelMessagingIT}; serves until it is stopped (SIGTERM).
 */
public final class JmsService {
    static final String WARM_UP = "warmup";
    static final String LIGHT = "light";
    static final String HEAVY = "heavy";
    static final String POLLED = "polled";
    static final String BOTH = "both";

    /** Listeners release one permit per processed message. */
    private static final Semaphore PROCESSED = new Semaphore(0);

    private JmsService() {}

    public static void main(String[] args) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://0");
        config.setBrokerInstance(Files.createTempDirectory("artemis").toFile());
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        ExecutorService backend = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "service-backend");
            t.setDaemon(true);
            return t;
        });
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://0");
                Connection connection = factory.createConnection()) {
            listen(connection, WARM_UP, () -> work(TwoRouteService.LIGHT_ITERATIONS));
            listen(connection, LIGHT, () -> work(TwoRouteService.LIGHT_ITERATIONS));
            listen(
                    connection,
                    HEAVY,
                    () -> CompletableFuture.runAsync(
                                    () -> work(TwoRouteService.LIGHT_ITERATIONS * TwoRouteService.HEAVY_FACTOR),
                                    backend)
                            .join());
            poll(connection, POLLED, () -> work(TwoRouteService.LIGHT_ITERATIONS));
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(null);
            System.out.println("consuming");
            System.out.flush();
            serve(session, producer);
        }
    }

    /** Runs the commands of the standard input until it closes. */
    private static void serve(Session session, MessageProducer producer) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] command = line.trim().split(" ");
            int n = Integer.parseInt(command[1]);
            String queue = command[0];
            for (int i = 0; i < n; i++) {
                if (queue.equals(BOTH)) {
                    send(session, producer, LIGHT, i);
                    send(session, producer, HEAVY, i);
                } else {
                    send(session, producer, queue, i);
                }
            }
            PROCESSED.acquire(queue.equals(BOTH) ? 2 * n : n);
            // A listener releases its permit just before onMessage returns, when OpenTelemetry ends the span.
            Thread.sleep(200);
            System.out.println("processed " + queue + " " + n);
            System.out.flush();
        }
    }

    private static void send(Session session, MessageProducer producer, String queue, int i) throws JMSException {
        Queue destination = session.createQueue(queue);
        producer.send(destination, session.createTextMessage(queue + " " + i));
    }

    /** Each session delivers its messages on its own thread, one at a time. */
    private static void listen(Connection connection, String queue, Runnable work) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
        consumer.setMessageListener(new Listener(work));
    }

    /**
     * A polling consumer on its own daemon thread: {@code receive()}, then the work, outside the receive call
     * (OpenTelemetry makes a {@code receive} span, ended when the message is handed over, and no process span).
     */
    private static void poll(Connection connection, String queue, Runnable work) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
        Thread poller = new Thread(
                () -> {
                    try {
                        while (consumer.receive() != null) {
                            work.run();
                            PROCESSED.release();
                        }
                    } catch (JMSException e) {
                        e.printStackTrace();
                    }
                },
                "service-poller");
        poller.setDaemon(true);
        poller.start();
    }

    /** A named class, not a lambda: OpenTelemetry instruments the classes that implement {@link MessageListener}. */
    private static final class Listener implements MessageListener {
        private final Runnable work;

        Listener(Runnable work) {
            this.work = work;
        }

        @Override
        public void onMessage(Message message) {
            try {
                work.run();
            } finally {
                PROCESSED.release();
            }
        }
    }

    private static void work(int iterations) {
        TwoRouteService.compute(iterations);
    }
}
