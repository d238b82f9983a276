package dev.sci4j.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so {@code sci4j --version} matches the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sci4j " + version()};
    }
}
