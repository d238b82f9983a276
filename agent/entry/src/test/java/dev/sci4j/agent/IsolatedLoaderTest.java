package dev.sci4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void jarsAreSearchedInTheOrderTheStartUpPathNeedsThemWithTheLargeRarelyUsedOnesLast() throws Exception {
        List<String> names = List.of(
                "jackson-databind-2.18.2.jar",
                "jna-platform-5.15.0.jar",
                "HdrHistogram-2.2.2.jar",
                "micrometer-core-1.14.2.jar",
                "oshi-core-6.6.5.jar",
                "sci4j-measurement-0.1.0.jar",
                "asm-9.9.1.jar",
                "sci4j-agent-core.jar");
        List<URL> jars = new ArrayList<>();
        for (String name : names) {
            jars.add(tmp.resolve(name).toUri().toURL());
        }

        jars.sort(Comparator.comparingInt(IsolatedLoader::searchRank));

        assertThat(jars)
                .extracting(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1))
                .containsExactly(
                        "sci4j-agent-core.jar",
                        "asm-9.9.1.jar",
                        "sci4j-measurement-0.1.0.jar",
                        "micrometer-core-1.14.2.jar",
                        "HdrHistogram-2.2.2.jar",
                        "jackson-databind-2.18.2.jar",
                        "jna-platform-5.15.0.jar",
                        "oshi-core-6.6.5.jar");
    }

    @Test
    void directoriesOfDeadJvmsAreRemovedAndLiveOnesKept() throws Exception {
        Path dead = Files.createDirectory(tmp.resolve("sci4j-agent-999999999-123"));
        Files.writeString(dead.resolve("oshi-core.jar"), "x");
        Path live = Files.createDirectory(
                tmp.resolve("sci4j-agent-" + ProcessHandle.current().pid() + "-456"));
        Path unrelated = Files.createDirectory(tmp.resolve("sci4j-agent-notapid"));

        IsolatedLoader.removeStale(tmp);

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void aSymlinkNamedLikeAStaleDirectoryIsNotFollowed() throws Exception {
        Path victim = Files.createDirectory(tmp.resolve("victim"));
        Path file = Files.writeString(victim.resolve("keep.txt"), "x");
        Files.createSymbolicLink(tmp.resolve("sci4j-agent-999999999-789"), victim);

        IsolatedLoader.removeStale(tmp);

        assertThat(file).exists();
    }

    @Test
    void pidIsReadFromTheDirectoryName() {
        assertThat(IsolatedLoader.pidOf("sci4j-agent-1234-98765")).isEqualTo(1234);
        assertThat(IsolatedLoader.pidOf("sci4j-agent-x-1")).isEqualTo(-1);
    }
}
