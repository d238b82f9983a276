package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.bootstrap.Hooks;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

class HookMethodTest {
    @Test
    void everyHookResolvesToAPublicStaticMethodOfHooksWithItsRealDescriptor() throws NoSuchMethodException {
        HookMethod.resolveAll();

        assertThat(HookMethod.OWNER).isEqualTo("dev/sci4j/agent/bootstrap/Hooks");
        assertThat(HookMethod.RECORD.descriptor).isEqualTo("(Ljava/lang/String;J)V");
        assertThat(HookMethod.WRAP.descriptor).isEqualTo("(Ljava/lang/Runnable;)Ljava/lang/Runnable;");
        for (HookMethod h : HookMethod.values()) {
            Method m = Arrays.stream(Hooks.class.getMethods())
                    .filter(x -> x.getName().equals(h.name)
                            && Type.getMethodDescriptor(x).equals(h.descriptor))
                    .findFirst()
                    .orElseThrow();
            assertThat(Modifier.isStatic(m.getModifiers())).as(h.name).isTrue();
        }
    }

    @Test
    void everyPublicStaticMethodOfHooksIsAHookTheRewriterCanCall() {
        assertThat(Arrays.stream(Hooks.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                        .map(m -> m.getName() + Type.getMethodDescriptor(m))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(HookMethod.values())
                        .map(h -> h.name + h.descriptor)
                        .collect(Collectors.toSet()));
    }

    @Test
    void everyHookTheRewriterInsertsIsCalledByOnePlanKindOrAtExit() {
        assertThat(Arrays.stream(EntryPointRewriter.Hook.values())
                        .map(h -> h.entry)
                        .filter(h -> h != null)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Arrays.stream(HookMethod.values())
                        .filter(h -> h != HookMethod.EXIT && h != HookMethod.EXIT_THROWN && h != HookMethod.EXIT_ASYNC)
                        .toArray(HookMethod[]::new));
    }
}
