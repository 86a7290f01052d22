package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.tasks.grading.Grader;
import dev.ratchet.tasks.grading.Verdict;

import java.util.Optional;

/**
 * {@code --verifier oracle}: the hidden grader itself, in a fresh sandbox of its own, as the check. Not a deployable
 * agent: it shows what a perfect check would buy, an upper bound. Only the verdict reaches the model (on repair:
 * "the hidden tests failed"), never the hidden tests' output, so what it measures is the value of knowing whether
 * a round is right, not of seeing the hidden tests.
 */
final class OracleVerifier implements Verifier {
    static final String CAVEAT = "upper bound: the verifier is the hidden grader itself, not a deployable check";

    private final Grader grader;

    OracleVerifier(Grader grader) {
        this.grader = grader;
    }

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        Verdict hidden;
        try {
            hidden = grader.grade(attempt.task(), attempt.candidate(), attempt.label() + "/oracle-" + attempt.round());
        } catch (SandboxException e) {
            // the grader returns the candidate's faults as verdicts; what it throws is its own sandbox failing
            throw new Unavailable("oracle verifier: " + e.getMessage(), e);
        }
        String said = "oracle: the hidden tests " + (hidden.passed() ? "passed" : "failed") + " (their output is not shown)";
        ExecResult r = hidden.run();
        return new Verdict(hidden.passed(), new ExecResult(r.exitCode(), said, "", r.timedOut(), false, r.elapsed(), true),
                hidden.reason());
    }

    @Override
    public UserMessage repairPrompt(Verdict verdict) {
        return UserMessage.from("Your submission was rejected: the hidden tests failed (their output is not shown)."
                + "\n\nFind the cause, fix the code and submit again.");
    }

    @Override
    public String spec() {
        return "oracle";
    }

    @Override
    public Optional<String> caveat() {
        return Optional.of(CAVEAT);
    }
}
