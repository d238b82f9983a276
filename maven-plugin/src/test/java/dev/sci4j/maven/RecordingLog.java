package dev.sci4j.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps what it is told, by level, so tests can check what a build would show. */
final class RecordingLog implements Log {
    private final List<String[]> entries = new ArrayList<>();

    List<String> lines(String level) {
        return entries.stream().filter(e -> e[0].equals(level)).map(e -> e[1]).toList();
    }

    private void add(String level, CharSequence content) {
        entries.add(new String[] {level, String.valueOf(content)});
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("debug", content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("debug", content);
    }

    @Override
    public void debug(Throwable error) {
        add("debug", error.toString());
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("info", content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("info", content);
    }

    @Override
    public void info(Throwable error) {
        add("info", error.toString());
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("warn", content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("warn", content);
    }

    @Override
    public void warn(Throwable error) {
        add("warn", error.toString());
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("error", content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("error", content);
    }

    @Override
    public void error(Throwable error) {
        add("error", error.toString());
    }
}
