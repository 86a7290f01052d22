package dev.ratchet.tasks.formats;

import dev.ratchet.tasks.toolchain.Languages;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.SuiteFormatException;
import dev.ratchet.tasks.SuiteHash;
import dev.ratchet.tasks.Task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a directory of Exercism exercises (docs/task-formats.md): one exercise, a directory of them, or
 * the Aider polyglot checkout ({@code <lang>/exercises/practice/<name>/}). Task ids are
 * {@code <language>/<exercise>}. Each exercise is materialised into the cache as workspace (every file, byte for
 * byte, but the dot-directories and the tests), tests (skipped cases enabled as Aider enables them) and editor
 * files (also laid over the workspace at grading), and reference (each example file at its solution file, or
 * beside the solution files). A Rust example's crates are added to the workspace's manifest ({@link RustExampleCrates}). Java exercises' extra libraries go to a sidecar, see {@link #javaLibraries(Task)}.
 */
public final class ExercismLoader {

    /** Aider's per-test-run timeout ({@code run_unit_tests}: 3 minutes); cargo and cmake compile from scratch. */
    static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String LAYOUT = "exercism-3";
    private static final String LIBRARIES_SIDECAR = "java-libraries.txt";
    private static final Map<String, String> EXTENSIONS = Map.of(
            ".py", "python", ".java", "java", ".go", "go", ".rs", "rust", ".js", "javascript",
            ".cpp", "cpp", ".h", "cpp", ".hpp", "cpp", ".mjs", "javascript", ".ts", "typescript");

    public Suite load(Path root, LoadOptions options) {
        Path base = root.toAbsolutePath().normalize();
        List<Path> exercises = exercises(base);
        if (exercises.isEmpty()) throw new SuiteFormatException(base + ": no exercise (.meta/config.json) found");
        StringBuilder hashes = new StringBuilder();
        for (Path ex : exercises) hashes.append(base.relativize(ex)).append('=').append(SuiteHash.of(ex)).append('\n');
        String hash = "sha256:" + MaterialisedCache.key(hashes.toString()).substring(0, 16);
        // LAYOUT: bump when materialise() lays the files out differently, so old cache entries are not reused.
        String key = MaterialisedCache.key(base.toString(), hashes.toString(), String.valueOf(options.holdBackTests()), LAYOUT);
        List<Exercise> parsed = exercises.stream().map(ex -> parse(base, ex)).toList();
        Set<String> ids = new HashSet<>();
        for (Exercise e : parsed) {
            if (!ids.add(e.id)) throw new SuiteFormatException(e.dir + ": task '" + e.id + "': field 'id': duplicate exercise name");
        }
        Path cache = MaterialisedCache.directory(options.cacheDir(), "exercism", key, into -> {
            for (Exercise e : parsed) materialise(e, into.resolve(MaterialisedCache.dirName(e.id)), options);
        });
        List<Task> tasks = new ArrayList<>();
        for (Exercise e : parsed) tasks.add(task(e, cache.resolve(MaterialisedCache.dirName(e.id)), options));
        return new Suite(base.getFileName().toString(), base.toString(), hash, tasks);
    }

    /** Libraries a Java exercise's build.gradle declares (empty for other tasks). */
    public static List<MavenCoordinate> javaLibraries(Task task) {
        Path sidecar = task.workspace().getParent().resolve(LIBRARIES_SIDECAR);
        if (!Files.isRegularFile(sidecar)) return List.of();
        try {
            return Files.readAllLines(sidecar).stream().filter(l -> !l.isBlank()).map(MavenCoordinate::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Exercise(Path dir, String id, String language, ExercismConfig config, Map<String, String> examples) {
        String name() {
            return dir.getFileName().toString();
        }
    }

    static List<Path> exercises(Path root) {
        try (Stream<Path> walk = Files.walk(root, 6)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals("config.json")
                            && p.getParent() != null && p.getParent().getFileName().toString().equals(".meta")
                            && !p.toString().contains("/node_modules/") && !p.toString().contains("/.git/"))
                    .map(p -> p.getParent().getParent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SuiteFormatException(root + ": cannot list: " + e.getMessage(), e);
        }
    }

    private Exercise parse(Path root, Path dir) {
        String name = dir.getFileName().toString();
        Path configFile = dir.resolve(".meta/config.json");
        ExercismConfig config = ExercismConfig.read(configFile, name);
        String language = language(root, dir, config).orElseThrow(() -> new SuiteFormatException(
                configFile + ": task '" + name + "': field 'files.solution': cannot tell the language from "
                        + config.solution() + " (known: " + Languages.known() + ")"));
        if (Languages.defaults(language).isEmpty()) {
            throw new SuiteFormatException(configFile + ": task '" + name + "': language '" + language
                    + "' has no test command (known: " + Languages.known() + ")");
        }
        String id = language + "/" + name;
        for (String f : config.solution()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new SuiteFormatException(configFile + ": task '" + id + "': field 'files.solution': file not found: " + f);
            }
        }
        for (String f : config.test()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new SuiteFormatException(configFile + ": task '" + id + "': field 'files.test': file not found: " + f);
            }
        }
        for (String f : config.example()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new SuiteFormatException(configFile + ": task '" + id + "': field 'files.example': file not found: " + f);
            }
        }
        for (String f : config.editor()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new SuiteFormatException(configFile + ": task '" + id + "': field 'files.editor': file not found: " + f);
            }
        }
        Map<String, String> examples = config.exampleTargets(configFile + ": task '" + id + "': ");
        return new Exercise(dir, id, language, config, examples);
    }

    /** The polyglot layout names the language ({@code java/exercises/practice/x}); else the solution's extension. */
    private static Optional<String> language(Path root, Path dir, ExercismConfig config) {
        Path rel = root.relativize(dir);
        for (int i = 0; i + 2 < rel.getNameCount(); i++) {
            if (rel.getName(i + 1).toString().equals("exercises") && Languages.defaults(rel.getName(i).toString()).isPresent()) {
                return Optional.of(rel.getName(i).toString());
            }
        }
        if (root.equals(dir) || rel.getNameCount() == 0) {
            // a single exercise: maybe its parent chain says it
            for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
                if (p.getFileName().toString().equals("exercises") && p.getParent().getFileName() != null
                        && Languages.defaults(p.getParent().getFileName().toString()).isPresent()) {
                    return Optional.of(p.getParent().getFileName().toString());
                }
            }
        }
        for (String f : config.solution()) {
            int dot = f.lastIndexOf('.');
            if (dot >= 0 && EXTENSIONS.containsKey(f.substring(dot))) return Optional.of(EXTENSIONS.get(f.substring(dot)));
        }
        return Optional.empty();
    }

    private void materialise(Exercise e, Path into, LoadOptions options) throws IOException {
        Set<String> tests = Set.copyOf(e.config.test());
        Path ws = Files.createDirectories(into.resolve("workspace"));
        Path visible = Files.createDirectories(into.resolve("visible"));
        Path hidden = Files.createDirectories(into.resolve("hidden"));
        Path reference = Files.createDirectories(into.resolve("reference"));
        try (Stream<Path> walk = Files.walk(e.dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = e.dir.relativize(f).toString().replace('\\', '/');
                if (inDotDirectory(rel) || tests.contains(rel)) continue;
                copy(f, ws.resolve(rel)); // bytes as they are: a workspace may hold binaries (gradle-wrapper.jar)
            }
        }
        for (String t : e.config.test()) {
            String content = ExercismTestFiles.enableAll(e.language, Files.readString(e.dir.resolve(t)));
            MaterialisedCache.write(hidden.resolve(t), content);
            if (!options.holdBackTests()) MaterialisedCache.write(visible.resolve(t), content);
        }
        // Read-only support files: in the workspace, and laid over it again like the tests, so the grade
        // (and the visible run) always sees the exercise's own.
        for (String f : e.config.editor()) {
            copy(e.dir.resolve(f), hidden.resolve(f));
            if (!options.holdBackTests()) copy(e.dir.resolve(f), visible.resolve(f));
        }
        for (Map.Entry<String, String> m : e.examples.entrySet()) copy(e.dir.resolve(m.getKey()), reference.resolve(m.getValue()));
        Path cargoExample = e.dir.resolve(".meta/Cargo-example.toml");
        if (e.language.equals("rust") && Files.isRegularFile(cargoExample) && Files.isRegularFile(ws.resolve("Cargo.toml"))) {
            Path manifest = ws.resolve("Cargo.toml");
            Files.writeString(manifest, RustExampleCrates.addTo(Files.readString(manifest), Files.readString(cargoExample)));
        }
        MaterialisedCache.write(into.resolve("instructions.md"), instructions(e));
        Path gradle = e.dir.resolve("build.gradle");
        if (e.language.equals("java") && Files.isRegularFile(gradle)) {
            List<MavenCoordinate> libs = MavenCoordinate.fromGradle(Files.readString(gradle));
            StringBuilder sb = new StringBuilder();
            libs.forEach(l -> sb.append(l).append('\n'));
            MaterialisedCache.write(into.resolve(LIBRARIES_SIDECAR), sb.toString());
        }
    }

    /** {@code .meta/}, {@code .docs/}, {@code .approaches/}, {@code .articles/}, …: the track's, not the student's. */
    static boolean inDotDirectory(String rel) {
        int slash = rel.indexOf('/');
        return slash > 0 && rel.charAt(0) == '.';
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Aider's prompt: introduction + instructions + append, then which files to edit. */
    private static String instructions(Exercise e) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String doc : List.of("introduction.md", "instructions.md", "instructions.append.md")) {
            Path p = e.dir.resolve(".docs").resolve(doc);
            if (Files.isRegularFile(p)) sb.append(Files.readString(p).strip()).append("\n\n");
        }
        sb.append("Use the above instructions to modify the supplied files: ")
                .append(String.join(", ", e.config.solution()))
                .append(". Don't change the names of existing functions or classes, as they may be referenced from"
                        + " other code like unit tests. Only use standard libraries, don't suggest installing any packages.\n");
        return sb.toString();
    }

    private static Task task(Exercise e, Path dir, LoadOptions options) {
        Languages.Defaults d = Languages.defaults(e.language).orElseThrow();
        List<String> command = options.testCommand().orElseGet(() -> switch (e.language) {
            case "python" -> Languages.PYTHON_PYTEST_OR_UNITTEST;
            case "cpp" -> Languages.cppTests(e.name());
            default -> d.testCommand();
        });
        Optional<Path> reference = e.config.example().isEmpty() ? Optional.empty() : Optional.of(dir.resolve("reference"));
        String instructions;
        try {
            instructions = Files.readString(dir.resolve("instructions.md"));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Task(e.id, e.language, instructions, dir.resolve("workspace"), dir.resolve("visible"),
                dir.resolve("hidden"), reference, command, TIMEOUT, options.image().orElse(d.image()),
                dev.ratchet.tasks.Editable.besides(e.config.solution()));
    }
}
