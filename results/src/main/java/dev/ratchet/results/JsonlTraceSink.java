package dev.ratchet.results;

import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Writes one sample's trace, one event per line. Each event is handed to the OS before
 * {@link #emit} returns (no user-space buffer), so a killed process keeps every emitted event.
 * Not fsync'd per event: the trace is diagnostic and results.jsonl is the durable record.
 */
public final class JsonlTraceSink implements TraceSink, AutoCloseable {

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(TraceEvent.class);

    private final Path file;
    private final FileChannel channel;

    /** Re-opening an existing trace appends to it (a resumed sample continues its file). */
    JsonlTraceSink(Path file) {
        this.file = file;
        try {
            var opened = new FileChannel[1];
            JsonlFile.uninterrupted(() -> opened[0] = JsonlFile.openForAppend(file));
            this.channel = opened[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open trace " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void emit(TraceEvent event) {
        if (!channel.isOpen()) {
            throw new IllegalStateException("trace sink is closed: " + file);
        }
        try {
            byte[] line = JsonlFile.line(WRITER, event);
            JsonlFile.uninterrupted(() -> JsonlFile.writeFully(channel, line));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trace " + file, e);
        }
    }
}
