import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.docker.DockerSandboxOptions;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxOptions;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.SuiteFormats;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.tasks.toolchain.HostEnvSandboxFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Grading benchmark, measured in one run: the wall time of one hidden grade of a task's reference solution in
 * Docker with the warm pool, Docker with a fresh container per grade, the local sandbox, and the bare test
 * command in an already-running container (the floor). The bare command starts from what every grade must start
 * from: before each timed run (untimed) the workspace is reset to pristine + the reference and the scratch places a
 * pooled container is scrubbed of are emptied, so it keeps no cache of an earlier run (jest's transform cache in
 * /tmp, __pycache__, a build directory). That earlier run's caches are exactly what one candidate must not hand
 * the next; the "rerun" column is the same command repeated without the reset, for comparison. Goals (issue 17):
 * Docker with the pool <= 1.2x the bare command; a Java grade in Docker <= 1.2x the local sandbox's. Run with
 * bench/grading.sh (see docs/docker.md).
 */
public class GradingBench {
    enum Mode { POOL, FRESH, LOCAL, BARE, RERUN }

    /** The writable places outside the workspace that a pooled container's scrub empties (ContainerLauncher's tmpfs). */
    static final List<String> WIPE_SCRATCH = List.of("sh", "-c",
            "for d in /tmp /var/tmp /run/lock /dev/shm; do find \"$d\" -mindepth 1 -delete 2>/dev/null; done; true");

    public static void main(String[] args) throws Exception {
        var opts = new LinkedHashMap<String, String>(Map.of("--reps", "3", "--humaneval", "12", "--polyglot", "2",
                "--suites", "", "--cpus", ""));
        for (int i = 0; i + 1 < args.length; i += 2) opts.put(args[i], args[i + 1]);
        int reps = Integer.parseInt(opts.get("--reps"));
        var data = Path.of(Optional.ofNullable(System.getenv("RATCHET_BENCHMARKS")).orElse("/work/shared/benchmarks"));
        var cache = CacheRoot.dir();

        var suites = new LinkedHashMap<String, List<Task>>();
        suites.put("humaneval (python)", every(SuiteFormats.load(data.resolve("HumanEval.jsonl.gz"), Optional.of("humaneval"),
                cache).tasks(), Integer.parseInt(opts.get("--humaneval"))));
        suites.put("builtin java", BuiltinSuite.load().tasks().stream().filter(t -> t.language().equals("java")).toList());
        for (var lang : List.of("python", "java", "javascript", "go", "rust", "cpp")) {
            suites.put("polyglot " + lang, every(SuiteFormats.load(data.resolve("polyglot-benchmark").resolve(lang),
                    Optional.of("exercism"), cache).tasks(), Integer.parseInt(opts.get("--polyglot"))));
        }

        // --suites java: only the suites with one of these words in their name (e.g. the Java rows before and after a change)
        var only = List.of(opts.get("--suites").split(",")).stream().filter(w -> !w.isBlank()).toList();
        if (!only.isEmpty()) suites.keySet().removeIf(name -> List.of(name.replaceAll("[()]", "").split(" ")).stream()
                .noneMatch(only::contains));

        // --java-image IMAGE: grade the Java tasks in this image (e.g. a recipe's own tag while :latest names another)
        var javaImage = opts.get("--java-image");
        if (javaImage != null) suites.replaceAll((name, tasks) -> tasks.stream().map(t -> !t.language().equals("java") ? t
                : new Task(t.id(), t.language(), t.instructions(), t.workspace(), t.visibleTests(), t.hiddenTests(),
                        t.reference(), t.testCommand(), t.timeout(), javaImage, t.editable())).toList());

        // --cpus N: each container's CPU quota (default: the sandbox's, every CPU), e.g. 1 to see what a smaller quota costs
        var d = DockerSandboxOptions.defaults();
        if (opts.get("--cpus").isEmpty()) opts.put("--cpus", Double.toString(d.cpus()));
        var docker = DockerSandboxFactory.connect(d.withCpus(Double.parseDouble(opts.get("--cpus"))),
                "pid-" + ProcessHandle.current().pid());
        var local = HostEnvSandboxFactory.wrap(new LocalSandboxFactory(LocalSandboxOptions.defaults()
                .withIsolation(LocalSandboxOptions.Isolation.PLAIN)), cache.resolve("jvm"));
        try (var pool = new WarmContainerPool(docker, 2)) {
            var graders = Map.of(Mode.POOL, new Grader(pool), Mode.FRESH, new Grader(docker), Mode.LOCAL, new Grader(local));
            System.out.printf("grading benchmark: reference solutions, median of %d grades per task and mode, %d cores, %s CPU per container%n",
                    reps, Runtime.getRuntime().availableProcessors(), opts.get("--cpus"));
            System.out.printf("%-20s %5s %9s %9s %9s %9s %9s   %8s %8s %8s%n", "suite", "tasks", "pool ms", "fresh ms", "local ms",
                    "bare ms", "rerun ms", "pool/bare", "fresh/bare", "pool/local");
            for (var e : suites.entrySet()) {
                var tasks = e.getValue();
                pool.warm(tasks.stream().map(Task::image).distinct().toList());
                var perMode = new TreeMap<Mode, List<Double>>();
                int failed = 0;
                for (var task : tasks) {
                    var candidate = reference(task);
                    for (var g : graders.values()) g.grade(task, candidate, task.id() + "#warm-up");
                    var times = new TreeMap<Mode, List<Long>>();
                    // the reference as the top layer: reset() goes back to pristine + reference
                    try (Sandbox running = docker.create(TaskFiles.graderSpec(task, task.id() + "#bare")
                            .withLayer(task.reference().orElseThrow()))) {
                        running.exec(task.testCommand(), task.timeout());
                        for (int r = 0; r < reps; r++) {
                            for (var mode : Mode.values()) {
                                if (mode == Mode.BARE) {
                                    running.reset();
                                    running.exec(WIPE_SCRATCH, task.timeout());
                                }
                                long t0 = System.nanoTime();
                                boolean passed = mode == Mode.BARE || mode == Mode.RERUN
                                        ? running.exec(task.testCommand(), task.timeout()).succeeded()
                                        : graders.get(mode).grade(task, candidate, task.id() + "#" + r).passed();
                                times.computeIfAbsent(mode, m -> new ArrayList<>()).add(System.nanoTime() - t0);
                                if (!passed && r == 0) failed++;
                            }
                        }
                    }
                    times.forEach((mode, ts) -> perMode.computeIfAbsent(mode, m -> new ArrayList<>()).add(median(ts)));
                }
                double pool_ = median2(perMode.get(Mode.POOL)), fresh = median2(perMode.get(Mode.FRESH)),
                        loc = median2(perMode.get(Mode.LOCAL)), bare = median2(perMode.get(Mode.BARE)),
                        rerun = median2(perMode.get(Mode.RERUN));
                System.out.printf("%-20s %5d %9.0f %9.0f %9.0f %9.0f %9.0f   %8.2f %8.2f %8.2f%s%n", e.getKey(), tasks.size(), pool_,
                        fresh, loc, bare, rerun, pool_ / bare, fresh / bare, pool_ / loc,
                        failed == 0 ? "" : "   (" + failed + " grade(s) of a reference did not pass)");
            }
            var s = pool.stats();
            System.out.printf("pool: %d handed out warm, %d started on demand, %d discarded%n", s.warm(), s.cold(), s.discarded());
            System.out.println("goals: pool/bare <= 1.20 (every suite); Java in Docker (pool) <= 1.20x local");
        }
    }

    /** Every n-th task, spread over the suite (n tasks in all), in a fixed order. */
    static List<Task> every(List<Task> all, int n) {
        var sorted = all.stream().filter(t -> t.reference().isPresent())
                .sorted(java.util.Comparator.comparing(Task::id)).toList();
        if (n >= sorted.size()) return sorted;
        var picked = new ArrayList<Task>();
        for (int i = 0; i < n; i++) picked.add(sorted.get(i * sorted.size() / n));
        return picked;
    }

    static Candidate reference(Task task) {
        var files = new TreeMap<String, byte[]>();
        var dir = task.reference().orElseThrow();
        for (var rel : TaskFiles.relativeFiles(dir)) {
            try {
                files.put(rel, Files.readAllBytes(dir.resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Candidate(files, Set.of());
    }

    static double median(List<Long> nanos) {
        return median2(nanos.stream().map(n -> n / 1e6).toList());
    }

    static double median2(List<Double> xs) {
        var s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}
