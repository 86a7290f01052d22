package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.Suite;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The shipped SWE-bench-style set: real bug-fix commits of r1chardj0n3s/parse (MIT), built by
 * {@code bench/swebench/build-instances.py}, with the repository as a git bundle beside it.
 */
final class ParseInstances {
    private ParseInstances() {}

    static Path file() {
        try {
            return Path.of(Objects.requireNonNull(ParseInstances.class.getResource("/swebench/parse/instances.jsonl"),
                    "test resource swebench/parse/instances.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path bundle() {
        return file().resolveSibling("repos").resolve("r1chardj0n3s__parse.bundle");
    }

    /** The set as the loader reads it, repositories from the bundle whatever $RATCHET_REPOS_DIR says. */
    static Suite load(Path cache) {
        return SuiteFormats.load(file(), LoadOptions.defaults(cache).withReposDir(file().resolveSibling("repos")));
    }

    static Suite load(Path cache, String image) {
        return SuiteFormats.load(file(), LoadOptions.defaults(cache).withReposDir(file().resolveSibling("repos")).withImage(image));
    }

    /** The instances' JSON records, in file order. */
    static List<JsonNode> records() {
        return JsonRecords.read(file()).stream().map(JsonRecords.Entry::node).toList();
    }

    static List<String> strings(JsonNode record, String field) {
        return JsonRecords.stringList(record, field, "");
    }
}
