package dev.ratchet.harness.model.sim;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.harness.loop.JudgeAnswer;
import dev.ratchet.harness.loop.Prompts;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.CandidateDiff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the simulated model does when a verifier asks for its help (see {@link SimSpec}): write tests for the task
 * ({@code tests}: the grader's own tests with that probability, else the visible tests again), or judge a candidate
 * ({@code tpr}, {@code fpr}: a right candidate, one whose diff is the reference's, is accepted with probability tpr,
 * a wrong one with probability fpr). Its draws come from a generator of their own, so the candidates it writes
 * are those it writes under any other verifier.
 */
final class SimulatedChecks {
    /** A line added to each test file it writes, so a copy of a visible test is a file of its own. */
    static final String MARK = "written by the simulated model as its own tests";

    private final SimSpec spec;
    private final Task task;
    private final Random random;

    SimulatedChecks(SimSpec spec, Task task, int sample) {
        this.spec = spec;
        this.task = task;
        this.random = new Random(SimulatedModel.mix(spec.seed() ^ 0x5E1F7E575L, task.id(), sample));
    }

    static boolean isJudging(List<ChatMessage> messages) {
        return !messages.isEmpty() && messages.getFirst() instanceof SystemMessage s && s.text().equals(Prompts.JUDGE_SYSTEM);
    }

    static boolean isWritingTests(List<ChatMessage> messages) {
        return messages.stream().anyMatch(m -> m instanceof UserMessage u && u.hasSingleText()
                && u.singleText().startsWith(Prompts.WRITE_TESTS_TITLE));
    }

    /** The answer to a judge's request; a reply to "answer again" is the same kind of answer. */
    String judge(List<ChatMessage> messages, Map<String, String> reference) {
        String request = messages.stream().filter(m -> m instanceof UserMessage u && u.hasSingleText())
                .map(m -> ((UserMessage) m).singleText()).filter(t -> t.contains("```diff")).findFirst().orElse("");
        String right = Prompts.diffBlock(CandidateDiff.of(task, Candidate.ofText(reference, Set.of())));
        boolean correct = request.contains(right);
        boolean accept = random.nextDouble() < (correct ? spec.tpr() : spec.fpr());
        return JudgeAnswer.format(accept, accept ? "the change does what the task asks" : "the change gets the task wrong");
    }

    /** The test files it writes, each with {@link #MARK} added as a comment. */
    Map<String, String> tests() {
        boolean strong = random.nextDouble() < spec.tests();
        Map<String, String> files = new LinkedHashMap<>(TaskFiles.read(task.visibleTests()));
        if (strong) files.putAll(TaskFiles.read(task.hiddenTests()));
        Map<String, String> marked = new LinkedHashMap<>();
        files.forEach((path, text) -> marked.put(path, mark(path, text)));
        return marked;
    }

    private static String mark(String path, String text) {
        String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        if (path.endsWith(".py")) return text + sep + "# " + MARK + "\n";
        if (path.matches(".*\\.(java|js|ts|go|rs|cpp|cc|h|hpp)$")) return text + sep + "// " + MARK + "\n";
        return text; // a file it cannot comment: written as it is
    }
}
