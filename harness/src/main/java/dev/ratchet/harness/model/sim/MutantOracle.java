package dev.ratchet.harness.model.sim;

import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.Task;

/**
 * Says whether a candidate fails the hidden tests. The simulated model only submits mutants the
 * hidden tests kill, so that its p_i is the true hidden single-attempt accuracy (an equivalent mutant
 * would be a right answer). Whether a mutant fools the visible tests is never decided here: that is
 * measured by the loop. A mutant that makes the tests hang is reported as not killed, so it is never used.
 */
@FunctionalInterface
public interface MutantOracle {
    boolean killedByHiddenTests(Task task, Candidate candidate);
}
