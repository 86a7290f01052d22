package dev.ratchet.harness.tools;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** A real sandbox that counts the files read out of it (one per path, however they were asked for). */
final class CountingSandbox implements Sandbox {
    private final Sandbox inner;
    private int filesRead;

    CountingSandbox(Sandbox inner) {
        this.inner = inner;
    }

    /** Files read since the last call. */
    int takeFilesRead() {
        int n = filesRead;
        filesRead = 0;
        return n;
    }

    @Override public String readFile(String path) { filesRead++; return inner.readFile(path); }
    @Override public byte[] readBytes(String path) { filesRead++; return inner.readBytes(path); }

    @Override
    public Map<String, String> readFiles(Collection<String> paths) {
        filesRead += paths.size();
        return inner.readFiles(paths);
    }

    @Override
    public Map<String, byte[]> readBytes(Collection<String> paths) {
        filesRead += paths.size();
        return inner.readBytes(paths);
    }

    @Override public SortedMap<String, String> digests(String dir) { return inner.digests(dir); }
    @Override public ExecResult exec(List<String> argv, Duration timeout) { return inner.exec(argv, timeout); }
    @Override public void writeBytes(String path, byte[] content) { inner.writeBytes(path, content); }
    @Override public void deleteFile(String path) { inner.deleteFile(path); }
    @Override public List<String> listFiles(String dir) { return inner.listFiles(dir); }
    @Override public void reset() { inner.reset(); }
    @Override public void close() { inner.close(); }
}
