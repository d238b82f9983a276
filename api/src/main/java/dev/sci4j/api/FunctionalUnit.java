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
 * agent the annotation does nothing. A call inside an HTTP unit is counted as nested in it (its CPU time and
 * energy are part of the request's, and the request alone counts toward overall R); a call inside another
 * declared unit counts only as part of the outer one unless {@link #nested()} is true.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FunctionalUnit {
    /** The kind of unit, e.g. {@code checkout}; letters, digits and {@code . _ - / :} and spaces. */
    String value();

    /**
     * Count this unit, as nested, even when it runs inside another declared unit (its CPU time is then also
     * reported as this unit's, as part of the outer one's).
     */
    boolean nested() default false;
}
