package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.grading.Verdict;

import java.time.Duration;

/**
 * {@code --verifier none}: no check at all. A round that submitted a change is accepted whatever it does, so
 * rounds can only help when the agent did not get that far (it stopped without {@code submit}, or changed nothing):
 * the baseline against which a verifier's worth is measured.
 */
final class AcceptingVerifier implements Verifier {

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        boolean submitted = "submit".equals(attempt.stop());
        boolean changed = !attempt.candidate().changed().isEmpty() || !attempt.candidate().deleted().isEmpty();
        String why = !submitted ? "the round ended without submit (" + attempt.stop() + ")"
                : !changed ? "the submission changed no file" : "no verifier: every submitted change is accepted";
        boolean accept = submitted && changed;
        return new Verdict(accept, new ExecResult(accept ? 0 : 1, why, "", false, false, Duration.ZERO, true), why);
    }

    @Override
    public UserMessage repairPrompt(Verdict verdict) {
        return UserMessage.from("Your round was not accepted: " + verdict.reason()
                + ".\n\nMake the change the task asks for and call submit.");
    }

    @Override
    public String spec() {
        return "none";
    }
}
