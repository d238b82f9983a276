package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitContext;
import dev.sci4j.agent.bootstrap.UnitCounters;
import net.bytebuddy.asm.Advice;

/** Advice that gives the no-op bodies of {@code dev.sci4j.api.FunctionalUnits} their meaning. */
final class ApiAdvice {
    private ApiAdvice() {
    }

    /** {@code FunctionalUnits.record(String, long)}. */
    static final class Record {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) String name, @Advice.Argument(1) long count) {
            UnitCounters.add(UnitCounters.id(name), count);
        }
    }

    /** {@code FunctionalUnits.enter(String)}, called by {@code scope(String)}. */
    static final class Enter {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) String name) {
            UnitContext.enter(UnitCounters.id(name));
        }
    }

    /** {@code FunctionalUnits.exit(boolean)}, called by {@code Scope.close()}. */
    static final class Exit {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) boolean failed) {
            UnitContext.exit(failed);
        }
    }

    /** {@code FunctionalUnits.Scope.markFailed()}. */
    static final class MarkFailed {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter() {
            UnitContext.markFailed();
        }
    }

    /** {@code FunctionalUnits.agentActive()} returns true. */
    static final class Active {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return(readOnly = false) boolean active) {
            active = true;
        }
    }
}
