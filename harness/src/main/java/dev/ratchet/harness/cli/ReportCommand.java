package dev.ratchet.harness.cli;

import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.MetricsExport;
import dev.ratchet.results.MetricsJson;
import dev.ratchet.results.MetricsTable;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.results.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a run's numbers (success@r, verifier TPR/FPR/PPV, pass@k, pass^k, predicted vs observed, "
                + "repair rate, cost and time; the prediction uses the repair or the resample model, as the run's policy was; every rate with its 95%% interval; flaky tasks from `tasks validate --repeat`; "
                + "samples with reward-hacking flags, counted apart or, with --flagged-as-failed, as failures) "
                + "and write report.html, "
                + "metrics.json, metrics.csv and aider-row.yaml into each run directory.")
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", description = "run directories")
    List<Path> runs;

    @Option(names = "--json", description = "print the numbers as JSON")
    boolean json;

    @Option(names = "--no-files", description = "only print; write no report.html or exports")
    boolean noFiles;

    @Option(names = "--single-file", description = "put every trace inside report.html, so the one file opens anywhere "
            + "on its own (default: the traces are in report-traces/, which must stay next to report.html)")
    boolean singleFile;
    @Option(names = "--flagged-as-failed", description = "recompute every number with each sample that has "
            + "reward-hacking flags counted as FAILED (its hidden grade untrusted in every round)")
    boolean flaggedAsFailed;
    @Option(names = "--resample-model", description = "for a repair run, also show the resample model's prediction "
            + "(rounds as independent tries) beside the repair model's, in the text, --json, metrics.json and report.html")
    boolean resampleModel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (singleFile && noFiles) throw new UserError("--single-file writes report.html, --no-files writes nothing: give one");
        HtmlReport.Traces traces = singleFile ? HtmlReport.Traces.INLINE : HtmlReport.Traces.BESIDE;
        for (Path run : runs) {
            RunStore store = open(run);
            List<SampleResult> results = store.results();
            RunMetrics metrics = RunMetrics.of(store.info(), results, ClusterBootstrap.DEFAULT,
                    ValidationFile.forRun(store, CacheRoot.dir()),
                    new RunMetrics.Options(flaggedAsFailed, resampleModel));
            if (json) {
                out.println(MetricsJson.toJson(metrics));
            } else {
                out.printf("run %s · model %s · suite %s%n", store.info().runId(), store.info().model(), store.info().suiteName());
                dev.ratchet.results.BranchOrigin.of(store.info()).ifPresent(b -> out.println(b.describe()
                        + ": every sample replays the parent's steps 1–" + b.fromStep() + ", then model " + store.info().model()));
                if (flaggedAsFailed) {
                    out.printf("--flagged-as-failed: the %d flagged %s counted as FAILED in every number below%n",
                            metrics.flagged().count(), metrics.flagged().count() == 1 ? "sample is" : "samples are");
                }
                out.println();
                out.print(MetricsTable.render(metrics));
            }
            if (!noFiles) {
                MetricsExport.write(metrics, results, store.dir());
                HtmlReport.Written html = HtmlReport.write(store, metrics, results, store.dir().resolve(HtmlReport.FILE), traces);
                if (!json) out.printf("%nwrote %s (%s), metrics.json, metrics.csv, aider-row.yaml%n%n", html.html(),
                        html.where() == HtmlReport.Traces.INLINE ? html.traces() + " traces inside it: the one file is the whole report"
                                : html.traces() + " traces in " + html.html().resolveSibling(HtmlReport.TRACES_DIR) + ", which it needs beside it");
            }
        }
        out.flush();
        return 0;
    }

    /** Where a bare run id (as printed by {@code run}) is looked for when it is not a path. */
    static final Path RUNS = Path.of("runs");

    /** A run directory, or the id of one under ./runs (what {@code run} prints); else a one-line error. */
    static RunStore open(Path run) {
        if (!Files.isDirectory(run) && run.getNameCount() == 1 && RunStore.isRunDir(RUNS.resolve(run))) {
            run = RUNS.resolve(run);
        }
        if (!Files.isDirectory(run)) throw new UserError("run directory not found: " + run
                + (run.getNameCount() == 1 ? " (nor " + RUNS.resolve(run) + ")" : ""));
        if (!RunStore.isRunDir(run)) throw new UserError(run + " is not a run directory (no run.json)");
        return RunStore.open(run);
    }
}
