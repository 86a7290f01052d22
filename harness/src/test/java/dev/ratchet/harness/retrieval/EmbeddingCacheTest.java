package dev.ratchet.harness.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingCacheTest {
    @TempDir
    Path dir;

    /** Deterministic vectors from character counts; remembers what it was asked to embed. */
    static final class CountingEmbedder implements Embedder {
        final List<String> embedded = new ArrayList<>();
        final String id;

        CountingEmbedder(String id) { this.id = id; }

        @Override
        public String id() { return id; }

        @Override
        public List<float[]> embed(List<String> texts) {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[]{t.length(), t.chars().filter(c -> c == 'a').count(), 1}).toList();
        }
    }

    @Test
    void aCacheThatCannotBeWrittenEmbedsAnywayAndWarnsOnce() throws Exception {
        // Not a directory: unwritable even for root (who ignores a read-only mode).
        Path notADir = java.nio.file.Files.writeString(dir.resolve("embeddings"), "a file");
        CountingEmbedder model = new CountingEmbedder("m1");
        EmbeddingCache cache = new EmbeddingCache(notADir);
        List<List<float[]>> results = new ArrayList<>();
        String err = dev.ratchet.harness.Fixtures.stderrOf(() -> {
            results.add(cache.embed(model, List.of("alpha", "beta")));
            results.add(cache.embed(model, List.of("gamma")));
        });
        assertThat(results.get(0)).hasSize(2);
        assertThat(results.get(0).get(0)).containsExactly(5, 2, 1);
        assertThat(results.get(1)).hasSize(1);
        assertThat(model.embedded).containsExactly("alpha", "beta", "gamma");
        assertThat(err.strip().lines()).singleElement().asString()
                .startsWith("ratchet: warning: cannot write the embedding cache in " + notADir).contains("working without it");
    }

    @Test
    void aSecondCacheOnTheSameDirectoryEmbedsNothing() {
        CountingEmbedder model = new CountingEmbedder("m1");
        List<float[]> first = new EmbeddingCache(dir).embed(model, List.of("alpha", "beta", "alpha"));
        assertThat(model.embedded).containsExactly("alpha", "beta", "alpha");
        model.embedded.clear();
        EmbeddingCache again = new EmbeddingCache(dir);
        List<float[]> second = again.embed(model, List.of("beta", "alpha"));
        assertThat(model.embedded).isEmpty();
        assertThat(again.hits()).isEqualTo(2);
        assertThat(second.get(1)).containsExactly(first.getFirst());
    }

    @Test
    void anotherModelDoesNotReuseVectors() {
        new EmbeddingCache(dir).embed(new CountingEmbedder("m1"), List.of("alpha"));
        CountingEmbedder other = new CountingEmbedder("m2");
        new EmbeddingCache(dir).embed(other, List.of("alpha"));
        assertThat(other.embedded).containsExactly("alpha");
    }

    @Test
    void aSecondIndexOfTheSameRepositoryEmbedsNoChunk() {
        CountingEmbedder model = new CountingEmbedder("m1");
        SemanticIndex first = new SemanticIndex(model, new EmbeddingCache(dir));
        KeywordIndexTest.REPO.forEach((p, t) -> first.put(p, Chunker.chunks(p, t)));
        assertThat(model.embedded).isNotEmpty();
        model.embedded.clear();
        SemanticIndex second = new SemanticIndex(model, new EmbeddingCache(dir));
        int embedded = KeywordIndexTest.REPO.entrySet().stream()
                .mapToInt(e -> second.put(e.getKey(), Chunker.chunks(e.getKey(), e.getValue()))).sum();
        assertThat(embedded).isZero();
        assertThat(model.embedded).isEmpty();
        assertThat(second.chunks()).isEqualTo(first.chunks());
    }

    @Test
    void miniLmRanksTheMatchingChunkFirst() {
        SemanticIndex index = new SemanticIndex(new MiniLmEmbedder(), new EmbeddingCache(dir));
        KeywordIndexTest.REPO.forEach((p, t) -> index.put(p, Chunker.chunks(p, t)));
        assertThat(index.search("turn a title into a lower-case url slug with hyphens", 2).getFirst().chunk().path())
                .isEqualTo("app/text/slugs.py");
    }
}
