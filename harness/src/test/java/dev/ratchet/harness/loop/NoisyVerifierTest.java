package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.Candidate;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The noisy verifier's rates over many draws, its determinism, and the {@code --verifier} specs. */
class NoisyVerifierTest {
    final Task task = Fixtures.calc();

    /** Inner verdicts: accept on even samples, so half the draws test the tpr and half the fpr. */
    static final Verifier EVEN_SAMPLES = (sandbox, a) -> new Verdict(a.sample() % 2 == 0,
            new ExecResult(a.sample() % 2 == 0 ? 0 : 1, "inner", "", false, false, Duration.ZERO, true), "");

    Verifier.Attempt attempt(int sample, int round) {
        return new Verifier.Attempt(task, sample, round, "submit", new Candidate(Map.of(), Set.of()), "calc#" + sample);
    }

    @Test
    void acceptanceRatesMatchTprAndFprWithinTheirBinomialInterval() {
        NoisyVerifier noisy = new NoisyVerifier(EVEN_SAMPLES, new NoisyVerifier.Rates(0.9, 0.2, 7));
        int[] accepted = new int[2];
        int[] draws = new int[2];
        for (int sample = 0; sample < 10_000; sample++) {
            for (int round = 1; round <= 3; round++) {
                int inner = sample % 2 == 0 ? 0 : 1;
                draws[inner]++;
                if (noisy.verify(null, attempt(sample, round)).passed()) accepted[inner]++;
            }
        }
        assertWithin(accepted[0], draws[0], 0.9);
        assertWithin(accepted[1], draws[1], 0.2);
    }

    /** |observed - p| within 3.9 standard errors: a 1-in-10,000 bound, so only a wrong rate fails it. */
    static void assertWithin(int hits, int n, double p) {
        double observed = (double) hits / n;
        double bound = 3.9 * Math.sqrt(p * (1 - p) / n);
        assertThat(observed).as("%d of %d draws, expected rate %.2f", hits, n, p).isBetween(p - bound, p + bound);
    }

    @Test
    void aDrawDependsOnlyOnSeedTaskSampleAndRound() {
        NoisyVerifier a = new NoisyVerifier(EVEN_SAMPLES, new NoisyVerifier.Rates(0.5, 0.5, 3));
        NoisyVerifier b = new NoisyVerifier(EVEN_SAMPLES, new NoisyVerifier.Rates(0.5, 0.5, 3));
        NoisyVerifier otherSeed = new NoisyVerifier(EVEN_SAMPLES, new NoisyVerifier.Rates(0.5, 0.5, 4));
        int differ = 0;
        for (int sample = 0; sample < 200; sample++) {
            boolean first = a.verify(null, attempt(sample, 1)).passed();
            assertThat(b.verify(null, attempt(sample, 1)).passed()).isEqualTo(first);
            assertThat(a.verify(null, attempt(sample, 1)).passed()).isEqualTo(first); // again: the same
            if (otherSeed.verify(null, attempt(sample, 1)).passed() != first) differ++;
        }
        assertThat(differ).as("another seed draws differently").isBetween(60, 140);
        // rounds are drawn independently too
        assertThat(NoisyVerifier.draw(3, "calc", 0, 1)).isNotEqualTo(NoisyVerifier.draw(3, "calc", 0, 2));
    }

    @Test
    void aFlipSaysSoAndKeepsTheInnerOutput() {
        NoisyVerifier always = new NoisyVerifier(EVEN_SAMPLES, new NoisyVerifier.Rates(0, 1, 1));
        Verdict flipped = always.verify(null, attempt(0, 1));
        assertThat(flipped.passed()).isFalse();
        assertThat(flipped.reason()).isEqualTo("noisy verifier: visible accepted, flipped to reject");
        assertThat(flipped.run().stdout()).endsWith("\ninner");
    }

    @Test
    void specsParseToOneCanonicalFormAndBadOnesSayWhy() {
        assertThat(Verifiers.canonical("visible")).isEqualTo("visible");
        assertThat(Verifiers.canonical(" none ")).isEqualTo("none");
        assertThat(Verifiers.canonical("oracle")).isEqualTo("oracle");
        assertThat(Verifiers.canonical("noisy:fpr=0.20,tpr=.9,seed=1")).isEqualTo("noisy:tpr=0.9,fpr=0.2,seed=1,of=oracle");
        assertThat(Verifiers.canonical("noisy:tpr=1,fpr=0,seed=2,of=visible")).isEqualTo("noisy:tpr=1.0,fpr=0.0,seed=2,of=visible");
        assertThat(Verifiers.caveat("oracle")).contains(OracleVerifier.CAVEAT);
        assertThat(Verifiers.caveat("noisy:tpr=0.9,fpr=0.2,seed=1")).get().asString().startsWith("synthetic: the oracle verifier's");
        assertThat(Verifiers.caveat("visible")).isEmpty();
        assertThat(Verifiers.caveat("noisy:tpr=0.9,fpr=0.2,seed=1,of=none")).isEmpty();

        assertThatThrownBy(() -> Verifiers.canonical("judgement")).hasMessageContaining("unknown verifier 'judgement'");
        assertThatThrownBy(() -> Verifiers.canonical("noisy:tpr=0.9,seed=1")).hasMessageContaining("missing fpr=");
        assertThatThrownBy(() -> Verifiers.canonical("noisy:tpr=1.5,fpr=0,seed=1")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Verifiers.canonical("noisy:tpr=0.9,fpr=0.1,seed=1,rate=2")).hasMessageContaining("unknown parameter 'rate'");
        assertThatThrownBy(() -> Verifiers.canonical("noisy:tpr=x,fpr=0.1,seed=1")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Verifiers.parse("noisy:tpr=0.9,fpr=0.1,seed=1,of=bogus", null, ExpectedTests.UNKNOWN))
                .hasMessageContaining("unknown verifier 'bogus'");
    }
}
