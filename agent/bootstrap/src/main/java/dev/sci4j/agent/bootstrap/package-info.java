/**
 * What instrumented application code calls: the functional-unit counters and the per-thread unit context.
 * These classes are packed into a small jar that the agent appends to the bootstrap class path, so hook calls
 * inserted into any class — application, servlet container or {@code java.util.concurrent} — can reach them.
 * They use only {@code java.base} and {@code java.management}, never allocate on the hot path (except a
 * task wrapper per hand-over, one state object per thread and one completion listener per asynchronous servlet
 * request), take no locks and never log.
 */
package dev.sci4j.agent.bootstrap;
