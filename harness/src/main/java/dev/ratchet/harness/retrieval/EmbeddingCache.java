package dev.ratchet.harness.retrieval;

import dev.ratchet.tasks.CacheWarning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vectors on disk, keyed by SHA-256 of (model id, text): a second run over the same repository embeds
 * nothing. One small file per vector under a two-hex-digit fan-out; written to a temp file and moved,
 * so concurrent runs never see a torn vector. A directory that cannot be written only costs speed ({@link CacheWarning}).
 */
public final class EmbeddingCache {
    private final Path dir;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final CacheWarning warning = new CacheWarning("embedding cache", "vectors are computed again next run");

    public EmbeddingCache(Path dir) {
        this.dir = dir;
    }

    /** Embeds what is not cached yet (in one batch) and returns a vector per text, in order. */
    public List<float[]> embed(Embedder embedder, List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] v = read(key(embedder.id(), texts.get(i)));
            out.add(v);
            if (v == null) missing.add(i);
        }
        hits.addAndGet(texts.size() - missing.size());
        misses.addAndGet(missing.size());
        if (missing.isEmpty()) return out;
        List<float[]> fresh = embedder.embed(missing.stream().map(texts::get).toList());
        for (int j = 0; j < missing.size(); j++) {
            int i = missing.get(j);
            out.set(i, fresh.get(j));
            write(key(embedder.id(), texts.get(i)), fresh.get(j));
        }
        return out;
    }

    public long hits() { return hits.get(); }

    public long misses() { return misses.get(); }

    static String key(String model, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".f32");
    }

    private float[] read(String key) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file(key))).order(ByteOrder.LITTLE_ENDIAN);
            float[] v = new float[b.remaining() / Float.BYTES];
            b.asFloatBuffer().get(v);
            return v;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // an unreadable entry is re-embedded and rewritten
        }
    }

    private void write(String key, float[] v) {
        Path target = file(key);
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "v", ".tmp");
            Files.write(tmp, b.array());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            warning.cannotWrite(dir, e); // the vector is still returned: only the next run pays for it again
        }
    }
}
