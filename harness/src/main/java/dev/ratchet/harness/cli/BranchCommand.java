package dev.ratchet.harness.cli;

import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifier;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.model.BudgetedModel;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.model.provider.ModelConfig;
import dev.ratchet.harness.model.replay.BranchPoint;
import dev.ratchet.harness.run.ConsoleProgress;
import dev.ratchet.harness.run.Runner;
import dev.ratchet.harness.run.Shard;
import dev.ratchet.harness.run.ThrottledSandboxFactory;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.BranchOrigin;
import dev.ratchet.results.JsonlTraceSink;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.ReportTable;
import dev.ratchet.results.RunId;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.RunSummary;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceEvent;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ratchet branch RUN TASK --sample S --from-step N}: a new run whose every sample replays steps 1..N of one
 * recorded sample (docs/experiments.md, "Branching a trajectory") and then continues with the given model, policy
 * and verifier. Everything else (suite, tools, step cap, rounds unless given) is the parent run's.
 */
@Command(name = "branch", mixinStandardHelpOptions = true,
        description = "Fork a recorded sample at step N: replay its first N steps (recorded model replies; tool calls "
                + "re-executed in a fresh sandbox and checked to give the recorded results), then continue with another "
                + "model, policy or verifier, in a new run directory that names its parent.")
final class BranchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "the parent run directory")
    Path run;

    @Parameters(index = "1", description = "task id")
    String task;

    @Option(names = "--sample", defaultValue = "0", description = "the parent's sample to branch (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--from-step", required = true, paramLabel = "N",
            description = "replay steps 1..N, then continue; a step is one model reply, the plan included, numbered as `ratchet show` numbers them")
    int fromStep;

    @Option(names = "--model", description = "the continuation's model, any --model spec of `ratchet run` (default: the parent's)")
    String model;

    @Option(names = "--config", description = "config file with model profiles and prices (default: ./ratchet.yaml if present)")
    Path config;

    @Option(names = "--policy", description = "none, resample or repair after a rejected round (default: the parent's)")
    String policy;

    @Option(names = "--verifier", paramLabel = "SPEC", description = "as for `ratchet run` (default: the parent's)")
    String verifier;

    @Option(names = "--rounds", description = "maximum rounds per sample, counting the replayed ones (default: the parent's)")
    Integer rounds;

    @Option(names = "--samples", defaultValue = "1", description = "independent continuations of the same prefix (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--parallel", defaultValue = "2", description = "samples in flight at once (default: ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--runs-dir", defaultValue = "runs", description = "where run directories go (default: ${DEFAULT-VALUE})")
    Path runsDir;

    @Mixin
    SandboxOptions sandbox;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 1) throw new UserError("--samples must be at least 1");
        if (parallel < 1) throw new UserError("--parallel must be at least 1");
        RunStore parent = ReportCommand.open(run);
        Map<String, Object> recorded = parent.info().config();
        RunSettings was = RunSettings.fromConfig(recorded);
        List<Integer> traced = parent.tracedSamples(task);
        if (traced.isEmpty()) {
            throw new UserError("no trace for task '" + task + "' in " + run + " (tasks: " + String.join(", ", parent.tracedTasks()) + ")");
        }
        if (!traced.contains(sample)) throw new UserError("task '" + task + "' has no sample " + sample + " (samples: " + traced + ")");
        BranchPoint point = UserError.parsing(() -> BranchPoint.of(parent.readTrace(task, sample), fromStep));
        RunSettings settings = settings(was, point);

        Suite suite = SuiteArg.load(was.suite(), was.format());
        if (!suite.hash().equals(parent.info().suiteHash())) {
            throw new UserError("cannot branch: the suite changed since the parent run (" + parent.info().suiteHash()
                    + ", now " + suite.hash() + ")");
        }
        Task t = suite.tasks().stream().filter(x -> x.id().equals(task)).findFirst()
                .orElseThrow(() -> new UserError("task '" + task + "' is no longer in the suite"));
        Path cache = CacheRoot.dir();
        ModelConfig modelConfig = UserError.parsing(() -> ModelConfig.find(config));
        Models.Choice choice = UserError.parsing(() -> Models.parse(settings.model(), modelConfig, System::getenv,
                cache.resolve("mutants")));
        // the parent's sandbox kind unless one is named: tool results are compared with the parent's
        if (!spec.commandLine().getParseResult().hasMatchedOption("--sandbox")) {
            sandbox.choice = ResumeFlags.sandbox(recorded, sandbox.choice);
        }
        SandboxFactory chosen = sandbox.choose(List.of(t.image()), cache, err);
        ThrottledSandboxFactory sandboxes = new ThrottledSandboxFactory(chosen, RunCommand.defaultMaxExec());
        Optional<WarmContainerPool> pool = sandbox.pool(chosen, parallel, List.of(t.image()));
        SandboxFactory graders = pool.<SandboxFactory>map(sandboxes::sharing).orElse(sandboxes);
        choice.warning().ifPresent(w -> err.println("ratchet: note: " + w));
        Models models = new Models(point.models(choice.open(graders)), RetryingModel.Backoff.DEFAULT,
                BudgetedModel.Budget.none());

        Clock clock = Clock.systemUTC();
        BranchOrigin origin = new BranchOrigin(parent.info().runId(), parent.dir().toAbsolutePath().normalize().toString(),
                task, sample, fromStep, point.round());
        Map<String, Object> runConfig = settings.toConfig();
        runConfig.put(RunSettings.SANDBOX_KEY, sandboxes.kind());
        runConfig.put(RunSettings.TIMEOUTS_KEY, RunSettings.testTimeouts(List.of(t)));
        Verifiers.caveat(settings.verifier()).ifPresent(c -> runConfig.put(RunMetrics.VERIFIER_CAVEAT_KEY, c));
        runConfig.put(BranchOrigin.KEY, origin.toConfig());
        RunStore store = RunCommand.createIn(runsDir, new RunInfo(RunId.generate(), clock.instant().toString(), runConfig,
                models.describe(), suite.name(), suite.hash(), Version.VERSION, Version.gitCommit()));
        parent.validation().ifPresent(v -> store.saveValidation(v.content())); // graded as the parent was
        ExpectedTests expected = RunCommand.expectedTests(store.validation().map(ValidationFile::content));
        Grader grader = new Grader(graders, expected);
        java.util.function.Function<String, Models> judges = RunCommand.judges(settings.verifier(), modelConfig, cache, graders,
                BudgetedModel.Budget.none(), err);
        Verifier check = UserError.parsing(() -> Verifiers.parse(settings.verifier(), grader, expected, judges));
        Toolbox toolbox = UserError.parsing(() -> Toolbox.named(settings.tools(), cache));
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(settings.rounds(), settings.policy(), settings.stepCap()),
                sandboxes, toolbox, check, grader, clock);
        Runner.Plan plan = new Runner.Plan(List.of(t), samples, models, parallel, Shard.ALL, Set.of());
        out.printf("branch %s: %s · steps 1–%d of %d replayed, then model %s · %s, policy %s%s · %s sandbox%n",
                store.info().runId(), origin.describe().replaceFirst("^branch of ", ""), fromStep, point.recordedSteps(),
                models.describe(), RunHeader.count(settings.rounds(), "round"), settings.policy().label(),
                RunHeader.verifier(check), sandboxes.kind());
        out.flush();

        Runner runner = new Runner(loop, clock);
        try (CtrlC ctrlC = new CtrlC(runner, err); WarmContainerPool closedAtTheEnd = pool.orElse(null)) {
            List<SampleResult> ran = runner.run(store, plan, new ConsoleProgress(out, clock));
            for (SampleResult r : ran) checkPrefix(store, point, r, clock);
            List<SampleResult> all = store.results();
            out.println();
            out.print(ReportTable.render(RunSummary.of(all, settings.rounds())));
            out.println();
            out.println("run directory: " + store.dir());
            out.println("next: ./ratchet show " + store.dir() + " " + task + " --sample 0  ·  ./ratchet report " + store.dir());
            out.flush();
            if (ctrlC.fired()) return 130;
            List<SampleResult> diverged = all.stream().filter(r -> r.outcome() == Outcome.ERROR && r.reason() != null
                    && r.reason().startsWith(ModelException.BRANCH_DIVERGED)).toList();
            for (SampleResult r : diverged) {
                err.println("ratchet: sample " + r.sample() + ": the recorded prefix did not reproduce: " + r.reason());
            }
            return diverged.isEmpty() ? 0 : 1;
        }
    }

    /**
     * The parent's settings with the continuation's: model, policy, verifier and rounds as given. Steps before round
     * {@code point.round()} include finished rounds, which the parent's verifier judged and its policy followed: those
     * cannot change, or the replay would not be the parent's.
     */
    private RunSettings settings(RunSettings was, BranchPoint point) {
        RetryPolicy p = policy == null ? was.policy() : UserError.parsing(() -> RetryPolicy.parse(policy));
        String v = verifier == null ? was.verifier() : UserError.parsing(() -> Verifiers.canonical(verifier));
        if (point.round() > 1 && (p != was.policy() || !v.equals(was.verifier()))) {
            throw new UserError("step " + point.fromStep() + " is in round " + point.round() + ": the rounds before it were "
                    + "judged by the parent's verifier " + was.verifier() + " under policy " + was.policy().label()
                    + ", so --policy and --verifier must be the parent's (or branch from a round-1 step)");
        }
        int k = rounds == null ? was.rounds() : rounds;
        if (k < point.round()) throw new UserError("--rounds " + k + " is fewer than the round step " + point.fromStep() + " is in (" + point.round() + ")");
        return new RunSettings(was.suite(), was.format(), model == null ? was.model() : model, was.tools(), k, p, samples,
                was.stepCap(), task, 0, Shard.ALL, was.includeInvalid(), v);
    }

    /**
     * The trace check after a sample ran ({@link BranchPoint#check}): a prefix that did not reproduce supersedes the
     * sample's row with an ERROR (the last row of a sample wins) and says so at the end of its trace.
     */
    private static void checkPrefix(RunStore store, BranchPoint point, SampleResult r, Clock clock) {
        if (r.outcome() == Outcome.ERROR) return;
        Optional<String> diverged = point.check(store.readTrace(r.task(), r.sample()));
        if (diverged.isEmpty()) return;
        try (JsonlTraceSink sink = store.traceSink(r.task(), r.sample())) {
            sink.emit(new TraceEvent.Error(clock.millis(), 0, "fatal", diverged.get()));
        }
        store.append(new SampleResult(r.task(), r.sample(), Outcome.ERROR, r.rounds(), 0, diverged.get(), r.usage(), r.flags()));
    }
}
