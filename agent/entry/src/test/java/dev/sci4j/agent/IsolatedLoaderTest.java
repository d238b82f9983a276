package dev.sci4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedLoaderTest {
    @TempDir
    Path tmp;

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
