package dev.ratchet.sandbox.local;

import dev.ratchet.sandbox.SandboxSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link LocalSandboxTest} in a child JVM under {@code ulimit -f 16}: a write past 16 KiB fails in the kernel
 * (EFBIG), as a full disk fails with ENOSPC. Prints what each write threw, one line each.
 */
public final class WriteUnderFileSizeLimit {
    public static void main(String[] args) throws Exception {
        Path layer = Files.createDirectories(Path.of(args[0]));
        Files.writeString(layer.resolve("a.txt"), "a file\n");
        try (var sandbox = LocalSandbox.create(new SandboxSpec(List.of(layer), Map.of(), null, "limit"),
                LocalSandboxOptions.defaults())) {
            Map<String, String> writes = Map.of("big.txt", "x".repeat(64 * 1024), "a.txt/b.txt", "under a file");
            for (var w : writes.entrySet()) {
                try {
                    sandbox.writeFile(w.getKey(), w.getValue());
                    System.out.println(w.getKey() + ": written");
                } catch (RuntimeException e) {
                    System.out.println(w.getKey() + ": " + e);
                }
            }
        }
    }
}
