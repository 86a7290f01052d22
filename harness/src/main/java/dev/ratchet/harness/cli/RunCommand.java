package dev.ratchet.harness.cli;

import dev.ratchet.harness.model.provider.ModelConfig;
import dev.ratchet.harness.loop.AgentLoop;
import dev.ratchet.harness.loop.RetryPolicy;
import dev.ratchet.harness.loop.Verifier;
import dev.ratchet.harness.loop.Verifiers;
import dev.ratchet.harness.model.BudgetedModel;
import dev.ratchet.harness.model.RetryingModel;
import dev.ratchet.harness.run.ConsoleProgress;
import dev.ratchet.harness.run.Runner;
import dev.ratchet.harness.run.Shard;
import dev.ratchet.harness.run.ThrottledSandboxFactory;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.harness.model.Models;
import dev.ratchet.results.ReportTable;
import dev.ratchet.results.RunId;
import dev.ratchet.results.RunInfo;
import dev.ratchet.results.RunMetrics;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.RunSummary;
import dev.ratchet.results.SampleKey;
import dev.ratchet.results.InvalidTasks;
import dev.ratchet.results.SuiteValidation;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true, resourceBundle = "dev.ratchet.harness.cli.RunHelp",
        description = "Run every task × sample of a suite through the plan–execute–verify–retry loop.")
final class RunCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--suite", defaultValue = "builtin", description = "builtin, a suite.yaml or its directory, Exercism exercises, a HumanEval or SWE-bench file (default: ${DEFAULT-VALUE})")
    String suite;

    @Option(names = "--format", description = "suite format: yaml, exercism, humaneval or swebench (default: detected)")
    String format;

    @Option(names = "--model", defaultValue = Models.DEFAULT,
            description = "sim:…, replay:RUN_DIR, ${bundle:backend.forms}, or a profile from the config file; "
                    + "see docs/models.md (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--config", description = "config file with model profiles and prices (default: ./ratchet.yaml if present)")
    Path config;

    @Option(names = "--budget-usd", description = "stop starting samples once the run has spent this much (USD)")
    Double budgetUsd;

    @Option(names = "--sample-budget-usd", description = "end a sample as ERROR (reason budget) once it has spent this much (USD)")
    Double sampleBudgetUsd;

    @Option(names = "--rounds", defaultValue = "3", description = "maximum rounds per sample, K (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--policy", defaultValue = "repair", description = "after a rejected round: none, resample or repair (default: ${DEFAULT-VALUE})")
    String policy;

    @Option(names = "--samples", defaultValue = "1", description = "independent samples per task, n (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--step-cap", defaultValue = "30", description = "model replies per round before execution stops (default: ${DEFAULT-VALUE})")
    int stepCap;

    @Option(names = "--tasks", description = "only tasks whose id matches this glob, e.g. 'py-*'")
    String taskGlob;

    @Option(names = "--max-tasks", defaultValue = "0", description = "run at most this many tasks (after --tasks); 0 = all")
    int maxTasks;

    @Option(names = "--shard", defaultValue = "1/1", description = "run shard i of n of the (task, sample) pairs; combine with 'ratchet merge' (default: ${DEFAULT-VALUE})")
    String shard;

    @Option(names = "--parallel", defaultValue = "2", description = "samples in flight at once (default: ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--max-exec", description = "test commands running at once across all samples (default: cores + 2)")
    Integer maxExec;

    @Option(names = "--runs-dir", defaultValue = "runs", description = "where run directories go (default: ${DEFAULT-VALUE})")
    Path runsDir;

    /** The run directory's name instead of a fresh id: {@code experiment} names each cell's run after the cell. */
    @Option(names = "--run-id", hidden = true)
    String runId;

    @Mixin
    SandboxOptions sandbox;

    @Option(names = "--resume", description = "finish an interrupted run: skips finished samples, re-runs ERROR ones, with the run's own settings")
    Path resume;

    @Option(names = "--allow-image-change", description = "with --resume: grade the remaining samples even though a Docker image's id differs from the one the run recorded")
    boolean allowImageChange;

    @Option(names = "--tools", defaultValue = "standard", description = "tool set: standard, or retrieval (adds search_code, semantic_search, read_chunk, grep; docs/retrieval.md) (default: ${DEFAULT-VALUE})")
    String tools;

    @Option(names = "--verifier", defaultValue = Verifiers.DEFAULT, paramLabel = "SPEC",
            description = "the agent's check of each round: visible (the visible tests), none (accept every submitted change), "
                    + "oracle (the hidden grader: an upper bound, not a deployable agent), "
                    + "self-tests (the agent first writes tests in a turn of its own; they are the check and never reach the grader), "
                    + "judge:MODEL (MODEL, any --model spec, reads the task, the diff and the visible test output and accepts or rejects), "
                    + "noisy:tpr=…,fpr=…,seed=…[,of=SPEC] (SPEC's verdicts flipped at those rates; of=oracle by default) "
                    + "(default: ${DEFAULT-VALUE})")
    String verifier;

    @Option(names = "--include-invalid", description = "also run, and count in every rate, the tasks the saved validation (`tasks validate`) marks invalid")
    boolean includeInvalid;

    @Option(names = "--max-errors", defaultValue = "0", paramLabel = "N|P%",
            description = "exit 3 when more samples of the run than this end as ERROR: a count or a percentage (default: ${DEFAULT-VALUE})")
    String maxErrors;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parallel < 1) throw new UserError("--parallel must be at least 1");
        MaxErrors allowed = MaxErrors.parse(maxErrors);
        if (budgetUsd != null && budgetUsd <= 0) throw new UserError("--budget-usd must be positive");
        if (sampleBudgetUsd != null && sampleBudgetUsd <= 0) throw new UserError("--sample-budget-usd must be positive");
        ModelConfig modelConfig = UserError.parsing(() -> ModelConfig.find(config));
        RunStore existing = resume == null ? null : ReportCommand.open(resume);
        if (existing != null && dev.ratchet.results.BranchOrigin.of(existing.info()).isPresent()) {
            throw new UserError("cannot resume a branch run with run --resume (run `ratchet branch` again)");
        }
        RunSettings settings = existing == null ? fromFlags(err) : resumed(existing.info().config());
        if (existing != null && !Version.VERSION.equals(existing.info().ratchetVersion())) {
            err.println("ratchet: note: the run was started by Ratchet " + existing.info().ratchetVersion()
                    + ", this is " + Version.VERSION + "; its remaining samples are graded by this version");
        }
        Suite s = SuiteArg.load(settings.suite(), settings.format());
        if (existing != null && !s.hash().equals(existing.info().suiteHash())) {
            throw new UserError("cannot resume: the suite changed since the run started (" + existing.info().suiteHash()
                    + ", now " + s.hash() + ")");
        }
        List<Task> selected = select(s.tasks(), settings);
        Path cache = CacheRoot.dir();
        Optional<ValidationFile> validation = existing != null ? existing.validation()
                : ValidationFile.read(ValidationFile.inCache(cache, s.hash()));
        List<SuiteValidation.TaskValidation> invalid = validation
                .map(v -> v.content().invalidAmong(selected.stream().map(Task::id).toList())).orElse(List.of());
        Set<String> leftOut = settings.includeInvalid() ? Set.of()
                : invalid.stream().map(SuiteValidation.TaskValidation::id).collect(java.util.stream.Collectors.toSet());
        List<Task> tasks = selected.stream().filter(t -> !leftOut.contains(t.id())).toList();
        Models.Choice choice = UserError.parsing(() -> Models.parse(settings.model(), modelConfig, System::getenv,
                cache.resolve("mutants")));
        List<String> images = tasks.stream().map(Task::image).distinct().toList();
        SandboxFactory chosen = sandbox.choose(images, cache, err);
        int execCap = maxExec != null ? maxExec : defaultMaxExec();
        ThrottledSandboxFactory sandboxes = new ThrottledSandboxFactory(chosen, execCap);
        // Each sample grades one sandbox at a time, so at most --parallel (and --max-exec) grades are open at once.
        // Closed at the end of the run; on an earlier exit the Docker janitor's shutdown hook removes its containers.
        Optional<WarmContainerPool> pool = sandbox.pool(chosen, Math.min(parallel, execCap), images);
        SandboxFactory graders = pool.<SandboxFactory>map(sandboxes::sharing).orElse(sandboxes);
        choice.warning().ifPresent(w -> err.println("ratchet: note: " + w));
        BudgetedModel.Budget budget = new BudgetedModel.Budget(budgetUsd, sampleBudgetUsd,
                new java.util.concurrent.atomic.DoubleAdder());
        Models models = new Models(choice.open(graders), RetryingModel.Backoff.DEFAULT, budget);
        java.util.function.Function<String, Models> judges = judges(settings.verifier(), modelConfig, cache, graders, budget, err);

        Clock clock = Clock.systemUTC();
        Toolbox toolbox = UserError.parsing(() -> Toolbox.named(settings.tools(), cache));
        java.util.Map<String, Object> config = settings.toConfig();
        if (budgetUsd != null) config.put("budget_usd", budgetUsd);
        if (sampleBudgetUsd != null) config.put("sample_budget_usd", sampleBudgetUsd);
        config.put(RunSettings.SANDBOX_KEY, sandboxes.kind());
        java.util.Map<String, String> imageIds = sandboxes.kind().equals(dev.ratchet.sandbox.docker.DockerSandboxFactory.KIND)
                ? dev.ratchet.sandbox.docker.DockerDaemon.imageIds(tasks.stream().map(Task::image).distinct().toList()) : null;
        if (imageIds != null) config.put(RunSettings.IMAGES_KEY, imageIds);
        config.put(RunSettings.TIMEOUTS_KEY, RunSettings.testTimeouts(tasks));
        if (existing != null) {
            ResumeFlags.refuseTimeoutChange(existing.info().config(), RunSettings.testTimeouts(tasks));
            if (imageIds != null) ResumeFlags.refuseImageChange(existing.info().config(), imageIds, allowImageChange, err);
        }
        Verifiers.caveat(settings.verifier()).ifPresent(c -> config.put(RunMetrics.VERIFIER_CAVEAT_KEY, c));
        if (!leftOut.isEmpty()) config.put(InvalidTasks.EXCLUDED_KEY, invalid.stream().map(SuiteValidation.TaskValidation::id).toList());
        RunStore store = existing != null ? existing : createIn(runsDir, new RunInfo(runId != null ? runId : RunId.generate(),
                clock.instant().toString(), config, models.describe(), s.name(), s.hash(),
                Version.VERSION, Version.gitCommit()));
        copyValidation(store, cache);
        ExpectedTests expected = expectedTests(store.validation().map(ValidationFile::content));
        Grader grader = new Grader(graders, expected);
        Verifier check = UserError.parsing(() -> Verifiers.parse(settings.verifier(), grader, expected, judges));
        AgentLoop loop = new AgentLoop(new AgentLoop.Config(settings.rounds(), settings.policy(), settings.stepCap()),
                sandboxes, toolbox, check, grader, clock);
        Set<SampleKey> finished = existing != null ? existing.finished() : Set.of();
        Runner.Plan plan = new Runner.Plan(tasks, settings.samples(), models, parallel, settings.shard(), finished);
        out.printf("%s %s: %s%s · model %s · %s, policy %s%s · %s sandbox%n",
                existing != null ? "resuming" : "run", store.info().runId(),
                RunHeader.of(tasks, settings.samples(), settings.shard()).scope(),
                existing != null ? " (" + finished.size() + " done, " + plan.jobs().size() + " to run)" : "",
                models.describe(), RunHeader.count(settings.rounds(), "round"), settings.policy().label(),
                RunHeader.verifier(check), sandboxes.kind());
        printInvalid(out, invalid, settings.includeInvalid(), validation);
        UnstructuredTasks.note(out, tasks);
        out.flush();

        Runner runner = new Runner(loop, clock);
        try (CtrlC ctrlC = new CtrlC(runner, err); WarmContainerPool closedAtTheEnd = pool.orElse(null)) {
            List<dev.ratchet.results.SampleResult> ran = runner.run(store, plan, new ConsoleProgress(out, clock));
            Optional<String> stoppedEarly = runner.stoppedEarly().filter(why -> ran.size() < plan.jobs().size());
            stoppedEarly.ifPresent(why -> out.printf("stopping: the first %d samples all failed with: %s "
                    + "(samples not started have no result line; --resume runs them)%n", dev.ratchet.harness.run.EarlyStop.FIRST, why));
            List<dev.ratchet.results.SampleResult> all = printSummary(out, store, settings, budget);
            pool.ifPresent(p -> {
                WarmContainerPool.Stats st = p.stats();
                out.printf("grader pool: %d grades in a warm container, %d in a fresh one, %d containers discarded%s%n",
                        st.warm(), st.cold(), st.discarded(), st.discarded() == 0 ? "" : " (last: " + st.lastDiscard() + ")");
            });
            if (ctrlC.fired()) return 130;
            return exitCode(all, allowed, stoppedEarly.isPresent(), err);
        }
    }

    /**
     * The model stack of a {@code judge:MODEL} verifier, or null for a verifier without one: parsed here, before any
     * run directory exists, so an unknown model or a missing API key is one line; the same retries as the agent's
     * model, and the run's budget, which it spends with the agent.
     */
    static java.util.function.Function<String, Models> judges(String verifier, ModelConfig config, Path cache,
            SandboxFactory sandboxes, BudgetedModel.Budget budget, PrintWriter err) {
        Optional<String> judge = UserError.parsing(() -> Verifiers.judgeModel(verifier));
        if (judge.isEmpty()) return null;
        Models.Choice c = UserError.parsing(() -> Models.parse(judge.get(), config, System::getenv, cache.resolve("mutants")));
        c.warning().ifPresent(w -> err.println("ratchet: note: judge " + judge.get() + ": " + w));
        Models stack = new Models(c.open(sandboxes), RetryingModel.Backoff.DEFAULT, budget);
        return model -> stack;
    }

    /** The summary block; returns the run's results, which the exit code counts. */
    private List<dev.ratchet.results.SampleResult> printSummary(PrintWriter out, RunStore store, RunSettings settings,
                                                             BudgetedModel.Budget budget) {
        out.println();
        if (budget.runExhausted()) {
            out.printf(java.util.Locale.ROOT, "run budget spent ($%.4f of $%.4f): samples not started have no result line (--resume runs them)%n",
                    budget.runSpent().sum(), budgetUsd);
        }
        List<dev.ratchet.results.SampleResult> all = store.results();
        out.print(ReportTable.render(RunSummary.of(all, settings.rounds())));
        Verifiers.caveat(settings.verifier()).ifPresent(c -> out.println("verifier " + settings.verifier() + ": " + c));
        out.println();
        out.println("run directory: " + store.dir());
        out.println("next: ./ratchet report " + store.dir() + "  ·  ./ratchet show " + store.dir() + " TASK");
        out.flush();
        return all;
    }

    /**
     * 0, or {@link MaxErrors#EXIT} when the run stopped early or has more ERROR samples than allowed. Counted over the
     * whole run directory (what the summary shows), so a resume that re-ran the ERROR samples cleanly exits 0.
     */
    private static int exitCode(List<dev.ratchet.results.SampleResult> all, MaxErrors allowed, boolean stoppedEarly,
                                PrintWriter err) {
        if (stoppedEarly) return MaxErrors.EXIT;
        long errors = all.stream().filter(r -> r.outcome() == dev.ratchet.results.Outcome.ERROR).count();
        if (!allowed.exceeded(errors, all.size())) return 0;
        err.printf("ratchet: %d of %d samples ended as ERROR, more than --max-errors %s allows (exit %d)%n", errors,
                all.size(), allowed.spec(), MaxErrors.EXIT);
        return MaxErrors.EXIT;
    }

    /** A run directory that cannot be made (no such place, no permission) is the user's --runs-dir, said in one line. */
    static RunStore createIn(Path runsDir, RunInfo info) {
        try {
            return RunStore.create(runsDir, info);
        } catch (java.io.UncheckedIOException e) {
            String why = switch (e.getCause()) {
                case java.nio.file.AccessDeniedException d -> "permission denied";
                case java.nio.file.NoSuchFileException n -> "no such directory: " + n.getFile();
                case java.nio.file.FileAlreadyExistsException f -> "not a directory: " + f.getFile();
                case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
                case null, default -> e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            };
            throw new UserError("--runs-dir " + runsDir + ": cannot create a run directory there (" + why + ")");
        }
    }

    /**
     * The suite's validation findings (from {@code tasks validate}) into the run directory, so it is
     * self-contained; a resumed run keeps the copy it started with.
     */
    private static void copyValidation(RunStore store, Path cache) {
        if (store.info().suiteHash() == null || store.validation().isPresent()) return;
        ValidationFile.read(ValidationFile.inCache(cache, store.info().suiteHash()))
                .ifPresent(found -> store.saveValidation(found.content()));
    }

    /** Nothing when no task is invalid, so such runs print what they always printed. */
    private static void printInvalid(PrintWriter out, List<SuiteValidation.TaskValidation> invalid, boolean included,
                                     Optional<ValidationFile> validation) {
        if (invalid.isEmpty()) return;
        out.printf("%s %d task%s the saved validation (%s) marks invalid%s:%n", included ? "running" : "excluded",
                invalid.size(), invalid.size() == 1 ? "" : "s", validation.get().content().validatedAt(),
                included ? ", counted in every rate (--include-invalid)" : ", in no rate (--include-invalid runs them)");
        for (SuiteValidation.TaskValidation t : invalid) {
            out.printf("  %-28s %s%n", t.id(), t.invalidReason().orElse(""));
        }
    }

    /**
     * The tests each validated task's runs must pass, from the run's copy of the validation findings; tasks
     * validated before per-test results existed (or never) are graded by the weaker rule.
     */
    static ExpectedTests expectedTests(java.util.Optional<SuiteValidation> validation) {
        java.util.Map<String, java.util.Set<String>> graded = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> visible = new java.util.HashMap<>();
        validation.ifPresent(v -> v.tasks().forEach(t -> {
            if (t.gradedTests() != null) graded.put(t.id(), java.util.Set.copyOf(t.gradedTests()));
            if (t.visibleTests() != null) visible.put(t.id(), java.util.Set.copyOf(t.visibleTests()));
        }));
        return new ExpectedTests(graded, visible);
    }

    /** The recorded settings of the run being resumed; a typed flag that disagrees is refused, the sandbox kind reused. */
    private RunSettings resumed(java.util.Map<String, Object> recorded) {
        ResumeFlags.refuseConflicts(spec.commandLine().getParseResult(), recorded);
        sandbox.choice = ResumeFlags.sandbox(recorded, sandbox.choice);
        return RunSettings.fromConfig(recorded);
    }

    private RunSettings fromFlags(PrintWriter err) {
        RetryPolicy retry = UserError.parsing(() -> RetryPolicy.parse(policy));
        int k = rounds;
        if (retry == RetryPolicy.NONE && rounds > 1) {
            err.println("ratchet: policy none stops after one round; running with --rounds 1");
            k = 1;
        }
        return new RunSettings(suite, format, model, tools, k, retry, samples, stepCap, taskGlob, maxTasks,
                UserError.parsing(() -> Shard.parse(shard)), includeInvalid, UserError.parsing(() -> Verifiers.canonical(verifier)));
    }

    private static List<Task> select(List<Task> all, RunSettings settings) {
        List<Task> picked = TaskGlob.select(all, settings.tasks());
        return settings.maxTasks() > 0 ? picked.stream().limit(settings.maxTasks()).toList() : picked;
    }

    /**
     * Test commands are mostly CPU, but each also waits on process start-up and the disk: two more than the
     * cores keeps the CPUs busy (measured on 2 cores: 7% more samples/s than cores alone).
     */
    static int defaultMaxExec() {
        return Runtime.getRuntime().availableProcessors() + 2;
    }
}
