package dev.sci4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarCacheTest {
    @TempDir
    Path tmp;

    private Path agentJar;

    @BeforeEach
    void agentJarWithNestedJars() throws IOException {
        agentJar = tmp.resolve("agent.jar");
        writeAgentJar("core classes");
    }

    private void writeAgentJar(String core) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(agentJar))) {
            stored(out, "inst/core.jar", core);
            stored(out, "inst/lib.jar", "a library");
            stored(out, "boot/counters.jar", "bootstrap counters");
            stored(out, "dev/sci4j/agent/Sci4jAgent.class", "not nested");
        }
    }

    @Test
    void extractsOnceAndReusesTheCacheOnLaterStarts() throws IOException {
        List<Path> first = JarCache.inUserCache(agentJar, tmp);
        assertThat(first)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("core.jar", "lib.jar", "boot-counters.jar");
        FileTime written = Files.getLastModifiedTime(first.get(0));
        Files.setLastModifiedTime(first.get(0), FileTime.fromMillis(written.toMillis() - 60_000));

        List<Path> second = JarCache.inUserCache(agentJar, tmp);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.get(0)).toMillis()).isEqualTo(written.toMillis() - 60_000);
        assertThat(Files.readString(second.get(1))).isEqualTo("a library");
    }

    @Test
    void aRebuildOfTheSameSizeAndTimeStampWithOtherContentIsExtractedAfresh() throws IOException {
        FileTime built = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(agentJar, built);
        long size = Files.size(agentJar);
        JarCache.inUserCache(agentJar, tmp);

        writeAgentJar("core CLASSES"); // as a reproducible build or an image COPY leaves it: same size, same time
        Files.setLastModifiedTime(agentJar, built);
        List<Path> rebuilt = JarCache.inUserCache(agentJar, tmp);

        assertThat(Files.size(agentJar)).isEqualTo(size);
        assertThat(Files.readString(rebuilt.get(0))).isEqualTo("core CLASSES");
    }

    @Test
    void aRebuildWithTheSameContentKeepsItsKey() throws IOException {
        String first;
        try (JarFile jar = new JarFile(agentJar.toFile())) {
            first = JarCache.contentKey(Collections.list(jar.entries()));
        }
        writeAgentJar("core classes");
        Files.setLastModifiedTime(agentJar, FileTime.fromMillis(0));

        try (JarFile jar = new JarFile(agentJar.toFile())) {
            assertThat(JarCache.contentKey(Collections.list(jar.entries()))).isEqualTo(first);
        }
    }

    @Test
    void aCacheRootOthersCanWriteIsNotTrusted() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("sci4j-agent-cache-" + System.getProperty("user.name")));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(JarCache.inUserCache(agentJar, tmp)).isNull();
    }

    @Test
    void aLinkInPlaceOfTheCacheRootIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(
                tmp.resolve("elsewhere"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(tmp.resolve("sci4j-agent-cache-" + System.getProperty("user.name")), elsewhere);

        assertThat(JarCache.inUserCache(agentJar, tmp)).isNull();
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aDamagedCacheIsExtractedAgain() throws IOException {
        List<Path> cached = JarCache.inUserCache(agentJar, tmp);
        Files.writeString(cached.get(0), "cut");

        List<Path> again = JarCache.inUserCache(agentJar, tmp);

        assertThat(again).isNotNull();
        assertThat(Files.readString(again.get(0))).isEqualTo("core classes");
    }

    private static void stored(JarOutputStream out, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        JarEntry e = new JarEntry(name);
        e.setMethod(JarEntry.STORED);
        e.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        out.putNextEntry(e);
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    @Test
    void anOlderBuildsDirectoryUnusedForLongIsPrunedWhileARecentOneIsKept() throws IOException {
        Path old = JarCache.inUserCache(agentJar, tmp).get(0).getParent();
        Files.setLastModifiedTime(
                old, FileTime.fromMillis(System.currentTimeMillis() - JarCache.UNUSED_FOR.toMillis() - 60_000));
        writeAgentJar("core classes, build 2");
        Path recent = JarCache.inUserCache(agentJar, tmp).get(0).getParent();
        writeAgentJar("core classes, build 3");

        Path current = JarCache.inUserCache(agentJar, tmp).get(0).getParent();

        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory(); // another JVM may be starting with it now
        assertThat(current).isDirectory();
    }
}
