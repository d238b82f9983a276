package dev.sci4j.agent.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's process id, read without {@link ProcessHandle} where the OS allows: initialising
 * {@code ProcessHandleImpl} starts the JDK's process-reaper thread pool, which loads
 * {@code ThreadPoolExecutor} before the agent's transformer is in place and then costs a retransformation
 * (~50 ms of a short-lived JVM's start-up). Thread-safe.
 */
public final class ProcessId {
    private static final Path PROC_SELF = Path.of("/proc/self");

    private ProcessId() {}

    /** The pid: the target of Linux's {@code /proc/self} link, else {@link ProcessHandle}'s. */
    public static long current() {
        try {
            return Long.parseLong(Files.readSymbolicLink(PROC_SELF).toString());
        } catch (Exception e) { // not Linux, no /proc, or an unexpected link: the JDK's way
            return ProcessHandle.current().pid();
        }
    }
}
