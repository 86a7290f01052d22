package dev.ratchet.harness.retrieval;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.DockerDaemon;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeping the retrieval index up to date costs in each sandbox kind, side by side (issue 16.5): on the
 * needle task's 235-file code base, the first index, then a search in a later round after one edit, with
 * nothing changed, and after a reset. Each is {@link WorkspaceIndex#refresh} plus one keyword search, the
 * work a {@code search_code} call does. Run with {@code bench/retrieval.sh --sandboxes}.
 *
 *   SandboxIndexBench [--reps N]
 */
public final class SandboxIndexBench {
    private static final String[] COLUMNS = {"first index", "after one edit", "unchanged", "after reset"};
    private static final String HELPER = "shipyard/net/backoff.py";

    public static void main(String[] args) throws Exception {
        int reps = args.length >= 2 && args[0].equals("--reps") ? Integer.parseInt(args[1]) : 5;
        Task task = BuiltinSuite.load().task("needle-retry-backoff").orElseThrow();
        Map<String, SandboxFactory> kinds = new LinkedHashMap<>();
        kinds.put("local", new LocalSandboxFactory());
        var docker = DockerDaemon.unavailableReason()
                .or(() -> DockerDaemon.missingImages(List.of(task.image())).stream().findFirst().map(i -> "image " + i + " missing"));
        if (docker.isEmpty()) kinds.put("docker", DockerSandboxFactory.connect());
        else System.out.println("docker: skipped (" + docker.get() + ")");
        System.out.printf("machine: %d cores, load average %.1f; %s, median of %d, refresh + one search_code%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), task.id(), reps);
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (var kind : kinds.entrySet()) rows.put(kind.getKey(), measure(kind.getValue(), task, reps));
        System.out.printf("%-16s", "");
        for (String c : COLUMNS) System.out.printf("%16s", c);
        System.out.println();
        rows.forEach((kind, ms) -> {
            System.out.printf("%-16s", kind);
            for (double m : ms) System.out.printf("%13.1f ms", m);
            System.out.println();
        });
        if (rows.containsKey("docker")) {
            double[] d = rows.get("docker"), l = rows.get("local");
            System.out.printf("%-16s", "docker / local");
            for (int i = 0; i < d.length; i++) System.out.printf("%15.1f×", d[i] / l[i]);
            System.out.println();
            System.out.printf("a round after the first in Docker: %.1f ms = %.1f× local (target: ≤ 2×)%n", d[1], d[1] / l[1]);
        }
    }

    /** Median milliseconds per column. */
    private static double[] measure(SandboxFactory factory, Task task, int reps) throws Exception {
        List<List<Double>> samples = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) samples.add(new ArrayList<>());
        Path cache = Files.createTempDirectory("ratchet-index-bench");
        for (int rep = 0; rep < reps; rep++) {
            try (Sandbox sandbox = factory.create(TaskFiles.agentSpec(task, "index-bench-" + rep))) {
                WorkspaceIndex index = new WorkspaceIndex(NO_EMBEDDINGS, new EmbeddingCache(cache), Clock.systemUTC());
                samples.get(0).add(timed(index, sandbox));
                String original = sandbox.readFile(HELPER);
                sandbox.writeFile(HELPER, original + "\ndef bench_edit_" + rep + "():\n    return 1\n");
                samples.get(1).add(timed(index, sandbox));
                samples.get(2).add(timed(index, sandbox));
                sandbox.reset();
                samples.get(3).add(timed(index, sandbox));
            }
        }
        double[] medians = new double[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            List<Double> s = samples.get(i);
            s.sort(null);
            medians[i] = s.get(s.size() / 2);
        }
        return medians;
    }

    private static double timed(WorkspaceIndex index, Sandbox sandbox) {
        long t0 = System.nanoTime();
        index.refresh(sandbox);
        if (index.keywords().search("retry_schedule backoff", 8).isEmpty()) throw new IllegalStateException("no hits");
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Keyword search only: nothing is embedded. */
    private static final Embedder NO_EMBEDDINGS = new Embedder() {
        @Override public String id() { return "none"; }
        @Override public List<float[]> embed(List<String> texts) { throw new UnsupportedOperationException("keyword bench"); }
    };
}
