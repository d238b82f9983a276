package dev.sci4j.agent.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * An application carrying its own (older) Jackson and Byte Buddy. It prints where each came from and uses
 * both while the agent runs beside it with its own versions.
 */
public final class IsolationApp {
    private IsolationApp() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("jackson from " + ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation());
        System.out.println("jackson version " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        System.out.println("bytebuddy from " + ByteBuddy.class.getProtectionDomain().getCodeSource().getLocation());
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000L;
        int rounds = 0;
        while (System.nanoTime() < end) {
            String json = new ObjectMapper().writeValueAsString(Map.of("round", rounds));
            Class<?> type = new ByteBuddy().subclass(Object.class)
                    .method(ElementMatchers.named("toString")).intercept(FixedValue.value("hello " + rounds))
                    .make().load(IsolationApp.class.getClassLoader()).getLoaded();
            Object instance = type.getDeclaredConstructor().newInstance();
            if (rounds++ == 0) {
                System.out.println("jackson works: " + json);
                System.out.println("bytebuddy works: " + instance);
            }
            Thread.sleep(50);
        }
        System.out.println("done " + rounds);
    }
}
