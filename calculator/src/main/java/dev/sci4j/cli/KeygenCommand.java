package dev.sci4j.cli;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.sign.Ed25519Keys;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j keygen}: an Ed25519 key pair for signing reports. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Create an Ed25519 key pair for signing SCI reports: NAME.key (PKCS#8 PEM, keep it secret)",
            "and NAME.pub (X.509 PEM, give it to the buyer). Existing files are never overwritten."
        })
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "NAME",
            description = "Path and name of the key files, without extension.")
    Path name;

    @Override
    public Integer call() throws IOException {
        String text = name.toString();
        if (text.isBlank() || name.getFileName() == null || text.endsWith("/") || Files.isDirectory(name)) {
            throw new InvalidInputException("--out '" + text + "': names no file (empty or a directory); give a path"
                    + " and a name without extension, e.g. keys/vendor-a");
        }
        Path privateFile = Path.of(name + ".key");
        Path publicFile = Path.of(name + ".pub");
        KeyPair pair = Ed25519Keys.generate();
        OutputFiles.write("--out", name, n -> {
            try {
                Ed25519Keys.write(pair, privateFile, publicFile);
            } catch (FileAlreadyExistsException e) {
                throw new InvalidInputException("--out " + name + ": " + e.getFile()
                        + " already exists; choose another name or move the old key away (keys are never overwritten)");
            }
        });
        Explain x = new Explain(spec.commandLine().getOut());
        x.line("Wrote %s (private: keep it secret) and %s (public: give it to the buyer)", privateFile, publicFile);
        x.line("Public key fingerprint (SHA-256): %s", Ed25519Keys.fingerprint(pair.getPublic()));
        return Main.OK;
    }
}
