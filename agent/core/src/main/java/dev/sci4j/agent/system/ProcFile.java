package dev.sci4j.agent.system;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Reads the start of a small Linux {@code /proc} file into a caller's reused buffer. The sampler reads such files
 * every interval for the life of the service, mostly in the interpreter; {@link RandomAccessFile} reads straight
 * into the array, where {@code Files.newInputStream} or a reader adds a channel, heap buffers and an 8 KB char
 * buffer per read (half the sampler's CPU in a profile). Callers keep a {@link File}: converting a {@code Path}
 * each time costs as much as the read in the interpreter. Stateless and thread-safe.
 */
final class ProcFile {
    private ProcFile() {}

    /** Fills {@code buffer} from the file's start: the number of bytes read (up to its length), or −1 if unreadable. */
    static int read(File file, byte[] buffer) {
        try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
            int length = 0;
            while (length < buffer.length) {
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            return length;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
