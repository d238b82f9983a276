package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitContext;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into methods declared as units (configuration or {@code @FunctionalUnit}): the unit id is a constant
 * bound per method; a thrown exception counts the unit as failed.
 */
final class MethodUnitAdvice {
    private MethodUnitAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@UnitId int unitId) {
        UnitContext.enter(unitId);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Thrown Throwable thrown) {
        UnitContext.exit(thrown != null);
    }
}
