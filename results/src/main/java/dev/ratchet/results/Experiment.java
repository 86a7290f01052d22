package dev.ratchet.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * experiment.json: a grid of runs, one run directory per cell beside it (docs/experiments.md).
 * {@code settings} are what every cell shares and what rerunning the command must repeat (suite, model,
 * rounds, samples, …); each cell adds its policy and verifier and names its run directory.
 */
public record Experiment(String createdAt, Map<String, Object> settings, List<Cell> cells) {

    public static final String FILE = "experiment.json";

    /** One point of the grid; {@code run} is its run directory's name inside the experiment directory. */
    public record Cell(String run, String policy, String verifier) {
        /** How the report names it: {@code repair · visible}. */
        public String label() {
            return policy + " · " + verifier;
        }
    }

    public Experiment {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        cells = List.copyOf(cells);
    }

    public static boolean isExperimentDir(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public static Optional<Experiment> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), Experiment.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written whole to a temp file and moved over the old one: a kill never leaves half a file. */
    public void write(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE, ".tmp");
            Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The cell's run, if it has been started. */
    public Optional<RunStore> run(Path dir, Cell cell) {
        Path run = dir.resolve(cell.run());
        return RunStore.isRunDir(run) ? Optional.of(RunStore.open(run)) : Optional.empty();
    }

    /** A cell's run directory name from its policy and verifier spec: {@code repair-noisy_tpr_0.9_fpr_0.2_seed_1}. */
    public static String runName(String policy, String verifier) {
        return (policy + "-" + verifier).replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
