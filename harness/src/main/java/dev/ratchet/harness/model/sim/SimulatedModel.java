package dev.ratchet.harness.model.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.tasks.Task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The calibrated stand-in for an LLM (docs/metrics.md). A fresh attempt writes the reference with
 * probability p_i, else a mutant of it; after failed visible tests in the same conversation (REPAIR)
 * it writes the reference with probability {@code repair}. It drives the real tools: view the files,
 * write them, run the visible tests, submit.
 */
public final class SimulatedModel implements Model {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many mutants are checked against the hidden tests per wrong attempt. */
    static final int MAX_MUTANT_CHECKS = 25;

    private final SimSpec spec;
    private final Task task;
    private final TaskAnswers answers;
    private final MutantOracle oracle;
    private final Random random;
    private final double pTask;
    private final SimulatedChecks checks;
    private Map<String, String> attempt = Map.of();
    // A branch (ratchet branch) hands a round to this model part-way: it decides its attempt on its first reply and
    // plays its steps from there, the edit first.
    private boolean decided;
    private int offset;
    private Map<String, String> tests = Map.of();
    private int callSeq;
    private long checkNanos; // mutant checks during the current chat call

    public SimulatedModel(SimSpec spec, Task task, int sample, MutantOracle oracle) {
        this.spec = spec;
        this.task = task;
        this.answers = TaskAnswers.of(task);
        this.oracle = oracle;
        this.random = new Random(mix(spec.seed(), task.id(), sample));
        this.pTask = TaskAccuracy.draw(spec, task.id());
        this.checks = new SimulatedChecks(spec, task, sample);
    }

    @Override
    public ModelReply chat(Conversation conversation, List<ToolSpecification> tools) {
        // Without a reference there is nothing to play: an ERROR, never a FAILED the candidate did not earn.
        if (answers.reference().isEmpty()) throw ModelException.fatal(ModelException.NO_REFERENCE);
        checkNanos = 0;
        pause();
        List<ChatMessage> messages = conversation.messages();
        AiMessage reply;
        if (tools.isEmpty()) {
            reply = AiMessage.from(SimulatedChecks.isJudging(messages) ? checks.judge(messages, answers.reference()) : plan());
        } else if (SimulatedChecks.isWritingTests(messages)) {
            reply = writeTests(stepsSinceLastUserMessage(messages));
        } else {
            int step = stepsSinceLastUserMessage(messages);
            if (step == 0 || !decided) {
                attempt = decide(isRepair(messages));
                offset = Math.max(0, step - 1); // taking over after the round's first reply: write the attempt next
            }
            decided = true;
            reply = explores(tools) ? explore(step - offset) : act(step - offset);
        }
        int in = messages.stream().mapToInt(m -> m.toString().length()).sum() / 4;
        int out = (reply.text() == null ? 0 : reply.text().length() / 4)
                + (reply.hasToolExecutionRequests() ? reply.toolExecutionRequests().stream()
                .mapToInt(r -> r.arguments().length() / 4).sum() : 0);
        // Mutant checks run the hidden tests in a sandbox: that is test time, not thinking time. Counting it as
        // model time made a cold run (checks not yet cached) look 300× slower than a warm one, and a real model
        // spends nothing like it; as test time, wall − model − test is still the harness's own overhead.
        return new ModelReply(reply, in, out, Duration.ofMillis(spec.latencyMs()), 0.0, Duration.ofNanos(checkNanos), null);
    }

    private String plan() {
        List<String> files = new ArrayList<>(answers.reference().keySet());
        return files.isEmpty() ? "Look at the workspace and submit."
                : "1. Read " + String.join(", ", files) + ".\n2. Implement the required behaviour.\n"
                + "3. Run the visible tests.\n4. Submit.";
    }

    private AiMessage act(int step) {
        if (attempt.isEmpty()) {
            return step == 0 ? AiMessage.from(call("list_files", JSON.createObjectNode())) : submit();
        }
        return switch (step) {
            case 0 -> AiMessage.from(attempt.keySet().stream()
                    .map(p -> answers.pristine().get(p).isEmpty()
                            ? call("list_files", JSON.createObjectNode())
                            : call("view_file", JSON.createObjectNode().put("path", p)))
                    .distinct().toList());
            case 1 -> AiMessage.from(attempt.entrySet().stream()
                    .map(e -> call("edit_file", JSON.createObjectNode().put("command", "create")
                            .put("path", e.getKey()).put("file_text", e.getValue())))
                    .toList());
            case 2 -> AiMessage.from(call("run_tests", JSON.createObjectNode()));
            default -> submit();
        };
    }

    /** The self-tests turn: look, write its test files, submit. */
    private AiMessage writeTests(int step) {
        if (step == 0) tests = checks.tests();
        return switch (step) {
            case 0 -> AiMessage.from(call("list_files", JSON.createObjectNode()));
            case 1 -> tests.isEmpty() ? submit() : AiMessage.from(tests.entrySet().stream()
                    .map(e -> call("edit_file", JSON.createObjectNode().put("command", "create")
                            .put("path", e.getKey()).put("file_text", e.getValue())))
                    .toList());
            default -> submit();
        };
    }

    /** explore=1 with retrieval tools: search_code for the task's identifier, read_chunk the target, then act. */
    private AiMessage explore(int step) {
        if (attempt.isEmpty()) return act(step);
        String target = attempt.keySet().stream().filter(p -> !answers.pristine().get(p).isEmpty()).findFirst().orElse(null);
        if (target == null) return act(step);
        Exploration e = Exploration.of(task, answers, target);
        return switch (step) {
            case 0 -> AiMessage.from(call("search_code", JSON.createObjectNode().put("query", e.query())));
            case 1 -> AiMessage.from(call("read_chunk", JSON.createObjectNode().put("path", target)
                    .put("start_line", e.startLine()).put("end_line", e.endLine())));
            default -> act(step - 2);
        };
    }

    private boolean explores(List<ToolSpecification> tools) {
        return spec.explore() && tools.stream().anyMatch(t -> t.name().equals("search_code"))
                && tools.stream().anyMatch(t -> t.name().equals("read_chunk"));
    }

    private AiMessage submit() {
        return AiMessage.from(call("submit", JSON.createObjectNode()));
    }

    private Map<String, String> decide(boolean repair) {
        double q = repair ? spec.repair() : pTask;
        if (random.nextDouble() < q) return answers.reference();
        return wrongAnswer();
    }

    /** A mutant of the reference that the hidden tests kill, or nothing written at all if none is found. */
    private Map<String, String> wrongAnswer() {
        List<Mutant> pool = new ArrayList<>(answers.mutants());
        Collections.shuffle(pool, random);
        for (Mutant m : pool.subList(0, Math.min(MAX_MUTANT_CHECKS, pool.size()))) {
            Map<String, String> files = new LinkedHashMap<>(answers.reference());
            files.put(m.path(), m.content());
            long t0 = System.nanoTime();
            try {
                if (oracle.killedByHiddenTests(task, Candidate.ofText(files, java.util.Set.of()))) return files;
            } finally {
                checkNanos += System.nanoTime() - t0;
            }
        }
        return Map.of();
    }

    private ToolExecutionRequest call(String tool, ObjectNode args) {
        return ToolExecutionRequest.builder().id("sim-" + (++callSeq)).name(tool).arguments(args.toString()).build();
    }

    private void pause() {
        if (spec.latencyMs() == 0) return;
        try {
            Thread.sleep(spec.latencyMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted", false, e);
        }
    }

    private static int stepsSinceLastUserMessage(List<ChatMessage> messages) {
        int steps = 0;
        for (int i = messages.size() - 1; i >= 0 && !(messages.get(i) instanceof UserMessage); i--) {
            if (messages.get(i) instanceof AiMessage) steps++;
        }
        return steps;
    }

    /**
     * Under REPAIR the conversation already holds an earlier round's tool results, before the prompts that start this
     * round; a model taking over mid-round (a branch) sees only this round's results after them, and is no repair.
     */
    private static boolean isRepair(List<ChatMessage> messages) {
        int lastUser = messages.size() - 1;
        while (lastUser >= 0 && !(messages.get(lastUser) instanceof UserMessage)) lastUser--;
        return messages.subList(0, Math.max(0, lastUser)).stream().anyMatch(m -> m instanceof ToolExecutionResultMessage);
    }

    /**
     * A well-spread seed for (seed, task, sample). java.util.Random's first outputs for nearby seeds
     * are nearly equal, so consecutive samples must not get consecutive seeds: SplitMix64 scrambles them.
     */
    static long mix(long seed, String taskId, int sample) {
        return splitMix(splitMix(splitMix(seed) ^ taskId.hashCode()) ^ sample);
    }

    private static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
