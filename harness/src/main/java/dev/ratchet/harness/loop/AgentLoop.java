package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.tasks.grading.Verdict;
import dev.ratchet.tasks.integrity.Flag;
import dev.ratchet.tasks.integrity.WorkspaceFlags;

import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.tools.ToolContext;
import dev.ratchet.harness.tools.Toolbox;
import dev.ratchet.results.Outcome;
import dev.ratchet.results.RoundResult;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TraceSink;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan → execute → verify → grade → retry, for one (task, sample). See docs/architecture.md. Each round's
 * workspace, tool calls and test runs are also checked for reward hacking ({@link SampleFlags}); flags go to the
 * trace and the sample's row and never change its grade.
 */
public final class AgentLoop {

    public record Config(int maxRounds, RetryPolicy policy, int stepCap) {
        public Config {
            if (maxRounds < 1) throw new IllegalArgumentException("rounds must be at least 1");
            if (stepCap < 1) throw new IllegalArgumentException("step cap must be at least 1");
        }
    }

    private final Config config;
    private final SandboxFactory sandboxes;
    private final Toolbox toolbox;
    private final Verifier verifier;
    private final Grader grader;
    private final Clock clock;

    public AgentLoop(Config config, SandboxFactory sandboxes, Toolbox toolbox, Verifier verifier, Clock clock) {
        this(config, sandboxes, toolbox, verifier, new Grader(sandboxes), clock);
    }

    /** With a grader of its own, e.g. one that knows the tests each task must pass ({@link Grader#Grader(SandboxFactory, dev.ratchet.tasks.grading.ExpectedTests)}). */
    public AgentLoop(Config config, SandboxFactory sandboxes, Toolbox toolbox, Verifier verifier, Grader grader, Clock clock) {
        this.config = config;
        this.sandboxes = sandboxes;
        this.toolbox = toolbox;
        this.verifier = verifier;
        this.grader = grader;
        this.clock = clock;
    }

    public SampleResult run(Task task, int sample, Model model, TraceSink sink) {
        SampleRecorder rec = new SampleRecorder(task.id(), sample, sink, clock);
        SampleFlags flags = new SampleFlags(rec);
        List<RoundResult> rounds = new ArrayList<>();
        String label = task.id() + "#" + sample;
        int round = 0;
        try (Sandbox sandbox = rec.sandbox("create", "agent", sandboxes.kind(),
                () -> sandboxes.create(TaskFiles.agentSpec(task, label)))) {
            TrackedSandbox tracked = new TrackedSandbox(sandbox, task);
            Verifier verifier = this.verifier.forSample(new LoopSample(task, sample, model, tracked, rec, flags, sink));
            Conversation conv = null;
            while (++round <= config.maxRounds()) {
                boolean fresh = round == 1 || config.policy() == RetryPolicy.RESAMPLE;
                if (fresh && round > 1) rec.timed("reset", "agent", sandboxes.kind(), tracked::reset);
                if (fresh) conv = Prompts.start(task);
                rec.roundStarted(round, config.policy(), fresh);
                int r = round;
                ToolContext ctx = new ToolContext(tracked, task, () -> rec.tests(tracked::runVisibleTests), sink,
                        f -> flags.raise(r, f));
                String stop = new Turn(model, toolbox, rec, config.stepCap()).run(round, conv, ctx);
                Map<String, byte[]> files = Candidate.workspace(tracked);
                Candidate.Examined examined = Candidate.examine(files, task);
                Candidate candidate = examined.candidate();
                Verifier.Attempt attempt = new Verifier.Attempt(task, sample, round, stop, candidate, label);
                flags.raiseAll(round, WorkspaceFlags.of(task, files, examined));
                for (String path : tracked.takeRewrittenByTests()) {
                    flags.raise(round, new Flag(Flag.Rule.TESTS_REWROTE_FILES, path, "changed by the agent's own test run"));
                }
                Optional<ExecResult> agentRun = verifier.isVisibleTestRun()
                        ? tracked.unchangedSinceAgentRun(files, examined.refused()) : Optional.empty();
                Verdict verdict = agentRun.map(run -> verifier.judge(attempt, run))
                        .orElseGet(() -> rec.tests(() -> verify(verifier, tracked, attempt)));
                tracked.testsRestored();
                rec.verified(round, verdict, agentRun.isPresent());
                flags.judged(round, "verify", verdict);
                String graderLabel = label + "/grade-" + round;
                Verdict grade = rec.grading(() -> grader.grade(task, candidate, graderLabel));
                rec.graded(round, grade);
                flags.judged(round, "grade", grade);
                RoundResult result = new RoundResult(round, verdict.passed(), grade.passed());
                rounds.add(result);
                rec.roundFinished(round, stop, result);
                if (verdict.passed() || config.policy() == RetryPolicy.NONE || round == config.maxRounds()) break;
                if (config.policy() == RetryPolicy.REPAIR) conv.add(verifier.repairPrompt(verdict));
            }
        } catch (CandidateFault e) {
            // what candidate code did to the agent's sandbox ends the sample as the candidate's failure
            rec.error(round, "candidate", e.getMessage());
            flags.raise(round, new Flag(Flag.Rule.BROKE_TEST_RUN, "", e.getMessage()));
            if (rounds.size() < round) rounds.add(new RoundResult(round, false, false));
            return rec.finish(Outcome.FAILED, rounds, round, e.getMessage(), flags.recorded());
        } catch (ModelException e) {
            return fail(rec, flags, rounds, round, "model: " + e.getMessage());
        } catch (SandboxException e) {
            return fail(rec, flags, rounds, round, "sandbox: " + e.getMessage());
        } catch (RuntimeException e) {
            return fail(rec, flags, rounds, round, "harness: " + e);
        }
        RoundResult submitted = rounds.getLast();
        return rec.finish(submitted.hiddenPassed() ? Outcome.PASSED : Outcome.FAILED, rounds, submitted.round(), null,
                flags.recorded());
    }

    /** VERIFY; it runs candidate code, so a fault here (a test file that can't be restored…) fails the round. */
    private static Verdict verify(Verifier verifier, TrackedSandbox sandbox, Verifier.Attempt attempt) {
        try {
            return verifier.verify(sandbox, attempt);
        } catch (CandidateFault | Verdict.CommandNotStarted | Verifier.Unavailable | ModelException e) {
            // the candidate's failure, a fault before any candidate code ran or outside it, a judge that failed: none is a verdict
            throw e;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) throw e; // stopped (Ctrl-C): ERROR, not the candidate's doing
            return Verdict.broken(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** What a verifier gets of one sample: its task, the agent for a test-writing turn, the recorder for its model. */
    private final class LoopSample implements Verifier.Sample {
        private final Task task;
        private final int sample;
        private final Model model;
        private final TrackedSandbox sandbox;
        private final SampleRecorder rec;
        private final SampleFlags flags;
        private final TraceSink sink;

        LoopSample(Task task, int sample, Model model, TrackedSandbox sandbox, SampleRecorder rec, SampleFlags flags,
                   TraceSink sink) {
            this.task = task;
            this.sample = sample;
            this.model = model;
            this.sandbox = sandbox;
            this.rec = rec;
            this.flags = flags;
            this.sink = sink;
        }

        @Override
        public Task task() {
            return task;
        }

        @Override
        public int sample() {
            return sample;
        }

        @Override
        public Map<String, byte[]> writeTests() {
            ToolContext ctx = new ToolContext(sandbox, task, () -> rec.tests(sandbox::runVisibleTests), sink,
                    f -> flags.raise(0, f));
            new Turn(model, toolbox, rec, config.stepCap()).run(0, Prompts.selfTests(task), ctx);
            Map<String, byte[]> tests = SelfTestsVerifier.written(task, Candidate.workspace(sandbox));
            rec.timed("reset", "agent", sandboxes.kind(), sandbox::reset);
            sandbox.takeRewrittenByTests(); // what its own test runs rewrote is gone with the reset
            return tests;
        }

        @Override
        public dev.ratchet.harness.model.ModelReply consult(Model judge, Conversation conversation) {
            return rec.consult(judge, conversation);
        }

        @Override
        public void retried(String message) {
            rec.error(0, "transient", "verifier model: " + message);
        }
    }

    private static SampleResult fail(SampleRecorder rec, SampleFlags flags, List<RoundResult> rounds, int round,
                                     String reason) {
        rec.error(round, "fatal", reason);
        return rec.finish(Outcome.ERROR, rounds, 0, reason, flags.recorded());
    }
}
