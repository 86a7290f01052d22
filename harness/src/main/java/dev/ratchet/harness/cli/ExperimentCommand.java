package dev.ratchet.harness.cli;

import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.model.Models;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.Experiment;
import dev.ratchet.results.ExperimentReport;
import dev.ratchet.results.ExperimentTable;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.html.ExperimentPage;
import dev.ratchet.results.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run a grid of retry policies × verifiers on a suite, one run directory per cell under the "
                + "experiment directory, and report every cell's success@r against its prediction, success at equal budget, "
                + "and each policy vs none and each verifier vs oracle. Rerunning the same command (or --resume DIR) "
                + "continues the cells that are not finished. See docs/experiments.md.")
final class ExperimentCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "builtin", paramLabel = "SUITE",
            description = "builtin, or a suite path as for run --suite (default: ${DEFAULT-VALUE})")
    String suite;

    @Option(names = "--policy", defaultValue = "none,resample,repair", paramLabel = "P,P…",
            description = "the policies of the grid, comma-separated (default: ${DEFAULT-VALUE})")
    String policies;

    @Option(names = "--verifier", defaultValue = "visible", paramLabel = "SPEC,SPEC…",
            description = "the verifiers of the grid, comma-separated; any run --verifier spec (a key=value after a comma "
                    + "continues the spec before it: noisy:tpr=0.9,fpr=0.2,seed=1) (default: ${DEFAULT-VALUE})")
    String verifiers;

    @Option(names = "--rounds", defaultValue = "3", description = "maximum rounds per sample in every cell (policy none runs 1) (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--samples", defaultValue = "1", description = "samples per task in every cell (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--model", defaultValue = Models.DEFAULT, description = "as for run; every cell uses it, so a seeded "
            + "model writes the same first draft of a sample in every cell (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--format", description = "suite format, as for run")
    String format;

    @Option(names = "--tasks", description = "only tasks whose id matches this glob")
    String taskGlob;

    @Option(names = "--max-tasks", defaultValue = "0", description = "at most this many tasks; 0 = all")
    int maxTasks;

    @Option(names = "--sandbox", defaultValue = "auto", description = "as for run (default: ${DEFAULT-VALUE})")
    String sandbox;

    @Option(names = "--parallel", defaultValue = "2", description = "samples in flight at once within a cell (default: ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--out", description = "the experiment directory (default: experiments/<suite>-<hash of the grid>, "
            + "so rerunning the same command continues it)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "continue the experiment in DIR with its recorded grid")
    Path resume;

    /** The grid flags, which --resume takes from experiment.json instead. */
    private static final List<String> GRID_FLAGS = List.of("--policy", "--verifier", "--rounds", "--samples", "--model",
            "--format", "--tasks", "--max-tasks", "--sandbox", "--out");

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parallel < 1) throw new UserError("--parallel must be at least 1");
        Path dir;
        Experiment experiment;
        if (resume != null) {
            for (String flag : GRID_FLAGS) {
                if (spec.commandLine().getParseResult().hasMatchedOption(flag)) {
                    throw new UserError(flag + " with --resume: the experiment's grid is recorded in " + Experiment.FILE + " (drop the flag)");
                }
            }
            dir = resume;
            experiment = Experiment.read(dir).orElseThrow(() -> new UserError(dir + " is not an experiment directory (no "
                    + Experiment.FILE + ")"));
        } else {
            Map<String, Object> settings = settings();
            dir = out != null ? out : Path.of("experiments", settings.get("suite_name") + "-" + hash(settings));
            experiment = Experiment.read(dir).orElse(null);
            if (experiment != null && !experiment.settings().equals(settings)) {
                throw new UserError("--out " + dir + " holds another experiment (" + firstDifference(experiment.settings(), settings)
                        + "): choose another --out, or --resume " + dir + " to continue that one");
            }
            if (experiment == null) {
                experiment = new Experiment(java.time.Instant.now().toString(), settings, cells(settings));
                experiment.write(dir);
            }
        }
        List<Experiment.Cell> cells = experiment.cells();
        int worst = 0;
        for (int i = 0; i < cells.size(); i++) {
            Experiment.Cell cell = cells.get(i);
            Path run = dir.resolve(cell.run());
            stdout.printf("%n== cell %d/%d: policy %s · verifier %s → %s%n", i + 1, cells.size(), cell.policy(), cell.verifier(), run);
            stdout.flush();
            int exit = Main.commandLine(stdout, err).execute(runArgs(experiment.settings(), cell, dir, parallel));
            if (exit == 130 || exit == 2 || exit == 1 || exit == 70) return exit; // Ctrl-C, bad input, a fault: stop here
            worst = Math.max(worst, exit); // 3: more ERROR samples than allowed; the other cells still run
        }
        report(dir, experiment, stdout);
        return worst;
    }

    /** Writes the report files and prints the text; the cells' own reports too, which the page links to. */
    private static void report(Path dir, Experiment experiment, PrintWriter stdout) {
        ExperimentReport r = ExperimentReport.of(dir, experiment, ClusterBootstrap.DEFAULT);
        for (ExperimentReport.CellResult c : r.started()) {
            RunStore store = c.run().get();
            HtmlReport.write(store, c.metrics().get(), c.results(), store.dir().resolve(HtmlReport.FILE), HtmlReport.Traces.BESIDE);
        }
        String text = ExperimentTable.render(r);
        try {
            Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("report.txt"), e);
        }
        Path html = ExperimentPage.write(r);
        stdout.printf("%n%s%nwrote %s and %s (each cell's report.html beside its run)%n", text, html, dir.resolve("report.txt"));
        stdout.flush();
    }

    /** The arguments of the cell's {@code run}: a fresh run named after the cell, or the resume of an interrupted one. */
    static String[] runArgs(Map<String, Object> s, Experiment.Cell cell, Path dir, int parallel) {
        Path run = dir.resolve(cell.run());
        if (RunStore.isRunDir(run)) return new String[] {"run", "--resume", run.toString(), "--parallel", String.valueOf(parallel)};
        clearUnstarted(run);
        List<String> args = new ArrayList<>(List.of("run", "--suite", (String) s.get("suite"), "--model", (String) s.get("model"),
                "--rounds", String.valueOf(s.get("rounds")), "--samples", String.valueOf(s.get("samples")),
                "--policy", cell.policy(), "--verifier", cell.verifier(), "--sandbox", (String) s.get("sandbox"),
                "--parallel", String.valueOf(parallel), "--runs-dir", dir.toString(), "--run-id", cell.run()));
        if (s.get("format") != null) args.addAll(List.of("--format", (String) s.get("format")));
        if (s.get("tasks") != null) args.addAll(List.of("--tasks", (String) s.get("tasks")));
        if (s.get("max_tasks") instanceof Number n && n.intValue() > 0) args.addAll(List.of("--max-tasks", String.valueOf(n)));
        return args.toArray(String[]::new);
    }

    /**
     * A kill between creating a cell's directory and writing its run.json leaves a directory that is no run and holds
     * no result: it goes, so the cell starts afresh. One with results in it is never deleted.
     */
    private static void clearUnstarted(Path run) {
        if (!Files.isDirectory(run)) return;
        try (var files = Files.walk(run)) {
            List<Path> all = files.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                if (Files.isRegularFile(p) && Files.size(p) > 0) {
                    throw new UserError(run + " has files but no run.json: move it away to rerun that cell");
                }
            }
            for (Path p : all) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + run, e);
        }
    }

    /** What every cell shares, canonical, so the same command gives the same map (and the same default --out). */
    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        boolean builtin = suite.equals("builtin");
        s.put("suite", builtin ? suite : Path.of(suite).toAbsolutePath().normalize().toString());
        s.put("suite_name", builtin ? suite : Path.of(suite).toAbsolutePath().normalize().getFileName().toString()
                .replaceAll("[^A-Za-z0-9._-]+", "_"));
        if (format != null) s.put("format", format);
        s.put("model", model.strip());
        if (rounds < 1) throw new UserError("--rounds must be at least 1");
        if (samples < 1) throw new UserError("--samples must be at least 1");
        if (maxTasks < 0) throw new UserError("--max-tasks must not be negative");
        s.put("rounds", rounds);
        s.put("samples", samples);
        if (taskGlob != null) s.put("tasks", taskGlob);
        if (maxTasks > 0) s.put("max_tasks", maxTasks);
        s.put("sandbox", sandbox);
        s.put("policies", split(policies).stream().map(p -> UserError.parsing(() -> RetryPolicy.parse(p)).label()).distinct().toList());
        s.put("verifiers", specs(verifiers).stream().map(v -> UserError.parsing(() -> Verifiers.canonical(v))).distinct().toList());
        return s;
    }

    @SuppressWarnings("unchecked")
    private static List<Experiment.Cell> cells(Map<String, Object> s) {
        List<Experiment.Cell> cells = new ArrayList<>();
        for (String p : (List<String>) s.get("policies")) {
            for (String v : (List<String>) s.get("verifiers")) {
                String name = Experiment.runName(p, v);
                boolean taken = cells.stream().anyMatch(c -> c.run().equals(name));
                cells.add(new Experiment.Cell(taken ? name + "-" + (cells.size() + 1) : name, p, v));
            }
        }
        return cells;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) if (!part.isBlank()) out.add(part.strip());
        if (out.isEmpty()) throw new UserError("--policy needs at least one policy");
        return out;
    }

    /**
     * Verifier specs from one comma-separated list: a part that is a bare {@code key=value} (no ':' before its '=')
     * belongs to the spec before it, since specs such as {@code noisy:tpr=0.9,fpr=0.2,seed=1} hold commas themselves.
     */
    static List<String> specs(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            boolean continues = eq > 0 && p.lastIndexOf(':', eq) < 0 && !out.isEmpty();
            if (continues) out.set(out.size() - 1, out.getLast() + "," + p);
            else out.add(p);
        }
        if (out.isEmpty()) throw new UserError("--verifier needs at least one verifier");
        return out;
    }

    private static String hash(Map<String, Object> settings) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(settings.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstDifference(Map<String, Object> was, Map<String, Object> now) {
        for (String key : now.keySet()) {
            if (!java.util.Objects.equals(String.valueOf(was.get(key)), String.valueOf(now.get(key)))) {
                return key + " " + was.get(key) + ", this command " + now.get(key);
            }
        }
        return "its settings differ";
    }
}
