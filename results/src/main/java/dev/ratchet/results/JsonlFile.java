package dev.ratchet.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JSON Lines files that survive {@code kill -9}. A line counts only once its '\n' is written, so
 * an unterminated tail is a torn write: readers ignore it and writers cut it off before
 * appending (otherwise the next line would be glued onto the fragment and both would be lost).
 */
final class JsonlFile {
    private JsonlFile() {}

    /** One value as one line; Jackson escapes newlines inside strings, so this is a single line. */
    static byte[] line(ObjectWriter writer, Object value) {
        try {
            byte[] json = writer.writeValueAsBytes(value);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value, e);
        }
    }

    /** Every complete line of {@code file}; a missing file reads as empty. */
    static <T> List<T> read(Path file, ObjectReader reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<T> values = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            if (i > start) {
                values.add(parse(reader, Arrays.copyOfRange(bytes, start, i), file + " line " + lineNumber));
            }
            start = i + 1;
        }
        return values;
    }

    private static <T> T parse(ObjectReader reader, byte[] line, String where) {
        try {
            return reader.readValue(line);
        } catch (IOException e) {
            // A complete line that does not parse is real corruption, not a torn write: say where.
            throw new UncheckedIOException(where + " is not a valid record", e);
        }
    }

    /**
     * Opens {@code file} for appending (creating it), first cutting off any torn tail.
     * Single writer per file: callers serialize their own writes.
     */
    static FileChannel openForAppend(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            channel.truncate(completeLength(channel));
            channel.position(channel.size());
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Length of the file up to and including its last '\n'. */
    private static long completeLength(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // read fully
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /** File I/O that may throw. */
    @FunctionalInterface
    interface Io {
        void run() throws IOException;
    }

    /**
     * Runs {@code io} with the thread's interrupt held back and restored afterwards. Channel I/O on an interrupted
     * thread closes the channel ({@code ClosedByInterruptException}), and a sample stopped by Ctrl-C still owes
     * its ERROR line and the end of its trace.
     */
    static void uninterrupted(Io io) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            io.run();
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
