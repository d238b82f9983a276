package dev.sci4j.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that each call of the annotated method is one functional unit of the named kind, e.g.
 * {@code @FunctionalUnit("checkout")}. With the sci4j agent attached the call is counted when it returns
 * (successful) or throws (failed), and the thread CPU time spent inside it is attributed energy; without the
 * agent the annotation does nothing. A call nested in another unit counts only as part of the outer one unless
 * {@link #nested()} is true.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FunctionalUnit {
    /** The kind of unit, e.g. {@code checkout}; letters, digits and {@code . _ - / :} and spaces. */
    String value();

    /** Count this unit even when it runs inside another one (its CPU time then goes to this unit). */
    boolean nested() default false;
}
