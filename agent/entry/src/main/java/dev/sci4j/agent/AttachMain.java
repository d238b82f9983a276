package dev.sci4j.agent;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Path;

/**
 * {@code java -jar sci4j-agent.jar attach <pid> [key=value;…]}: loads this jar as an agent into a running JVM
 * through the Attach API. On JDK 21+ the target prints a warning unless it was started with
 * {@code -XX:+EnableDynamicAgentLoading}. Exits non-zero (by an exception, never {@code System.exit}) on failure.
 */
public final class AttachMain {
    private AttachMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || !"attach".equals(args[0])) {
            throw new AttachFailure("usage: java -jar sci4j-agent.jar attach <pid> [key=value;key=value]");
        }
        String pid = args[1];
        String options = args.length == 3 ? args[2] : "";
        String jar = Path.of(AttachMain.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(pid);
        } catch (Exception e) {
            throw new AttachFailure("cannot attach to JVM " + pid + ": " + e.getMessage()
                    + " (same user? a JVM with -XX:+DisableAttachMechanism refuses)");
        }
        try {
            vm.loadAgent(jar, options);
        } finally {
            vm.detach();
        }
        System.out.println("[sci4j] agent loaded into JVM " + pid + "; its messages appear on that JVM's stderr");
    }

    /** A failure to report in one line, without a stack trace. */
    static final class AttachFailure extends Exception {
        private static final long serialVersionUID = 1L;

        AttachFailure(String message) {
            super(message, null, false, false);
        }
    }
}
