package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitTask;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code java.util.concurrent} executors' {@code execute(Runnable)} (and {@code ForkJoinPool}'s
 * {@code submit(Runnable…)}): a task submitted inside a unit is wrapped so its CPU time on the pool thread goes
 * to that unit. {@code ExecutorService.submit} and {@code CompletableFuture.*Async} reach these methods.
 */
final class ExecutorAdvice {
    private ExecutorAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
        task = UnitTask.wrap(task);
    }
}
