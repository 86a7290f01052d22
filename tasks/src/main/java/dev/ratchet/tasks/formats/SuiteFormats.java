package dev.ratchet.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.YamlSuiteLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a suite in any format Ratchet knows, detected from the path unless given:
 * a suite.yaml (ours; or a suite.yaml whose {@code format:} points at foreign data, see {@link SuiteImport}),
 * a {@code .jsonl}/{@code .json} file (gzip allowed) of HumanEval problems ({@code task_id} + {@code prompt})
 * or SWE-bench instances ({@code instance_id}), or a directory with Exercism exercises below it.
 */
public final class SuiteFormats {
    private SuiteFormats() {}

    /** {@code cache}: where loaders materialise task directories. */
    public static Suite load(Path path, Optional<String> format, Path cache) {
        return load(path, LoadOptions.defaults(cache).withFormat(format));
    }

    public static Suite load(Path path, LoadOptions options) {
        if (!Files.exists(path)) throw new SuiteFormatException(path + ": suite not found");
        String format = options.format().orElseGet(() -> detect(path));
        return switch (format) {
            case "yaml" -> loadYaml(path, options);
            case "exercism" -> new ExercismLoader().load(path, options);
            case "humaneval" -> new HumanEvalLoader().load(requireFile(path, format), options);
            case "swebench" -> new SweBenchLoader().load(requireFile(path, format), options);
            default -> throw new SuiteFormatException(path + ": unknown format '" + format + "' (known: " + LoadOptions.FORMATS + ")");
        };
    }

    /** The format of a path, by the rules above; a SuiteFormatException when none fits. */
    public static String detect(Path path) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("suite.yaml"))) return "yaml";
            if (Files.isRegularFile(path.resolve("suite.yml"))) return "yaml";
            if (!ExercismLoader.exercises(path).isEmpty()) return "exercism";
            throw new SuiteFormatException(path + ": unknown format: directory has no suite.yaml and no Exercism"
                    + " exercise (.meta/config.json); pass --format " + String.join("|", LoadOptions.FORMATS));
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            Optional<JsonNode> first = JsonRecords.first(path);
            if (first.isPresent() && first.get().has("instance_id")) return "swebench";
            if (first.isPresent() && first.get().has("task_id") && first.get().has("prompt")) return "humaneval";
            throw new SuiteFormatException(path + ": unknown format: the first record has neither 'instance_id'"
                    + " (SWE-bench) nor 'task_id' and 'prompt' (HumanEval); pass --format");
        }
        throw new SuiteFormatException(path + ": unknown format: expected a suite.yaml, a .jsonl/.json(.gz) file"
                + " or a directory of Exercism exercises; pass --format " + String.join("|", LoadOptions.FORMATS));
    }

    private static Suite loadYaml(Path path, LoadOptions options) {
        Path file = path;
        if (Files.isDirectory(path)) {
            file = Files.isRegularFile(path.resolve("suite.yaml")) ? path.resolve("suite.yaml") : path.resolve("suite.yml");
            if (!Files.isRegularFile(file)) throw new SuiteFormatException(path + ": directory has no suite.yaml");
        }
        Optional<SuiteImport> imported = SuiteImport.read(file);
        if (imported.isEmpty()) return new YamlSuiteLoader().load(file);
        SuiteImport s = imported.get();
        Suite inner = load(s.source(), s.apply(options));
        return new Suite(s.name().orElse(inner.name()), inner.source(), inner.hash(), inner.tasks());
    }

    private static Path requireFile(Path path, String format) {
        if (!Files.isRegularFile(path)) throw new SuiteFormatException(path + ": the " + format + " format reads a file, not a directory");
        return path;
    }
}
