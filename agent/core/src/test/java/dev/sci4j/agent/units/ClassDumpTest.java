package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDumpTest {
    @TempDir
    Path dir;

    private final TransformMessages messages = TransformMessages.bounded();

    @Test
    void theTransformerWritesEachRewrittenClassUnderItsPackagePathAndNothingElse() throws Exception {
        ClassDump dump = new ClassDump(dir.resolve("dump"), messages);
        UnitTransformer transformer =
                new UnitTransformer(UnitDeclarations.parse(null, null, true), null, null, null, messages, dump);
        String handler = "dev/sci4j/agent/units/EntryPointRewriterTest$Handler";
        String line = "dev/sci4j/agent/units/EntryPointRewriterTest$Line";

        byte[] rewritten = transformer.transform(
                null,
                null,
                handler,
                null,
                null,
                EntryPointRewriterTest.classFile(EntryPointRewriterTest.Handler.class));
        transformer.transform(
                null, null, line, null, null, EntryPointRewriterTest.classFile(EntryPointRewriterTest.Line.class));

        assertThat(dir.resolve("dump/" + handler + ".class")).hasBinaryContent(rewritten);
        assertThat(dir.resolve("dump/" + line + ".class")).doesNotExist();
    }

    @Test
    void aClassRewrittenAgainOverwritesItsFile() throws Exception {
        ClassDump dump = new ClassDump(dir, messages);
        dump.write("com/shop/Orders", new byte[] {1});

        dump.write("com/shop/Orders", new byte[] {2, 3});

        assertThat(dir.resolve("com/shop/Orders.class")).hasBinaryContent(new byte[] {2, 3});
    }

    @Test
    void aFailureToWriteIsQueuedNotThrown() throws Exception {
        ClassDump dump = new ClassDump(dir, messages);
        Files.writeString(dir.resolve("com"), "a file where the package directory should be");

        dump.write("com/shop/Orders", new byte[] {1});

        List<String> said = new ArrayList<>();
        messages.drainTo(said::add);
        assertThat(said).singleElement().asString().startsWith("cannot dump com.shop.Orders to " + dir);
    }

    @Test
    void aNameLeadingOutOfTheDirectoryIsRefused() throws Exception {
        ClassDump dump = new ClassDump(dir.resolve("dump"), messages);

        dump.write("../escaped", new byte[] {1});

        assertThat(dir.resolve("escaped.class")).doesNotExist();
    }
}
