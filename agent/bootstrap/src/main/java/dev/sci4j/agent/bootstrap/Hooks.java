package dev.sci4j.agent.bootstrap;

/**
 * The static methods that the agent's instrumentation inserts into application and JDK methods (see
 * {@code dev.sci4j.agent.units.EntryPointRewriter}); nothing else calls them. Every one catches everything: an
 * instrumented method never sees an exception from sci4j, and runs exactly as before apart from these calls.
 * Thread-safe: all state is per thread ({@link UnitContext}) or lock-free ({@link UnitCounters}).
 */
public final class Hooks {
    private Hooks() {}

    /** Entry of a declared unit method ({@code @FunctionalUnit} or configuration); the id is a constant. */
    public static void enter(int unitId) {
        try {
            UnitContext.enter(unitId);
        } catch (Throwable t) {
            // never into the application
        }
    }

    /**
     * Entry of {@code HttpHandler.handle} or {@code Filter.Chain.doFilter}: one unit per exchange, except on the
     * agent's own threads (its Prometheus endpoint).
     */
    public static void enterExchange(Object exchange) {
        try {
            if (AgentThreads.isCurrent()) {
                UnitContext.enterPassThrough();
                return;
            }
            if (!UnitContext.passThroughIfNested()) {
                UnitContext.enter(HttpSubjects.exchangeUnit(exchange), exchange);
            }
        } catch (Throwable t) {
            // never into the application
        }
    }

    /**
     * Entry of {@code Servlet.service(request, response)} (javax or jakarta): one unit per request, entered by
     * its first ({@code REQUEST}) dispatch only; error, forward, include and async re-dispatches pass through.
     */
    public static void enterServlet(Object servlet, Object request, Object response) {
        try {
            if (AgentThreads.isCurrent() || !HttpSubjects.isRequestDispatch(request)) {
                UnitContext.enterPassThrough();
                return;
            }
            if (UnitContext.passThroughIfNested()) {
                return;
            }
            UnitContext.enterServlet(HttpSubjects.servletUnit(servlet, request), request, response);
        } catch (Throwable t) {
            // never into the application
        }
    }

    /**
     * Entry of Jersey's {@code UriRoutingContext.setMatchedResourceMethod}: the servlet unit open on this thread
     * takes the matched resource's {@code @Path} templates as its route ({@link JaxRsRoutes}).
     */
    public static void jaxRsRoute(Object routingContext) {
        try {
            if (AgentThreads.isCurrent()) {
                return;
            }
            String route = JaxRsRoutes.route(routingContext);
            if (route != null) {
                UnitContext.takeRoute(route);
            }
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** Before every return of a method entered above: ends the unit, failed if its HTTP status is not 2xx. */
    public static void exit() {
        try {
            UnitContext.exitReturning();
        } catch (Throwable t) {
            // never into the application
        }
    }

    /**
     * Before every return of a declared unit method whose return type is asynchronous ({@code CompletionStage},
     * Reactor's {@code Mono}/{@code Flux}, {@code Publisher}): the unit ends when the value completes
     * ({@link AsyncUnits}); returns the value to return, the same or of the same type.
     */
    public static Object exitAsync(Object value) {
        try {
            return AsyncUnits.exitReturning(value);
        } catch (Throwable t) {
            return value; // never into the application
        }
    }

    /** When an exception leaves a method entered above: ends the unit as failed (the exception is rethrown). */
    public static void exitThrown() {
        try {
            UnitContext.exit(true);
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** {@code execute(Runnable)} of {@code java.util.concurrent} executors: the task carries the current unit. */
    public static Runnable wrap(Runnable task) {
        try {
            return UnitTask.wrap(task);
        } catch (Throwable t) {
            return task;
        }
    }

    /** {@code FunctionalUnits.record(name, count)}: nested in the unit open on this thread, if any. */
    public static void record(String name, long count) {
        try {
            UnitContext.record(UnitCounters.id(name), count);
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** {@code FunctionalUnits.enter(name)}, called by {@code scope(name)}. */
    public static void enterScope(String name) {
        try {
            UnitContext.enter(UnitCounters.id(name));
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** {@code FunctionalUnits.exit(failed)}, called by {@code Scope.close()}. */
    public static void exitScope(boolean failed) {
        try {
            UnitContext.exit(failed);
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** {@code FunctionalUnits.Scope.markFailed()}. */
    public static void markFailed() {
        try {
            UnitContext.markFailed();
        } catch (Throwable t) {
            // never into the application
        }
    }
}
