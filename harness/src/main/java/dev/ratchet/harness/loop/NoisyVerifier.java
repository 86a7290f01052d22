package dev.ratchet.harness.loop;

import dev.langchain4j.data.message.UserMessage;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.grading.Verdict;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code --verifier noisy:tpr=…,fpr=…,seed=…[,of=V]}: another verifier (default the oracle) whose verdicts are
 * redrawn: a candidate it accepts is accepted with probability {@code tpr}, one it rejects with probability
 * {@code fpr}. Over the oracle that is a verifier of known quality, against which the compounding model can be
 * checked. The draw depends only on (seed, task, sample, round), so a rerun or a resume draws the same.
 */
final class NoisyVerifier implements Verifier {

    /** The rates and seed; {@code of} is the wrapped verifier's spec. */
    record Rates(double tpr, double fpr, long seed) {
        Rates {
            if (!(tpr >= 0 && tpr <= 1) || !(fpr >= 0 && fpr <= 1)) {
                throw new IllegalArgumentException("noisy verifier: tpr and fpr must be between 0 and 1, got tpr=" + tpr + " fpr=" + fpr);
            }
        }
    }

    private final Verifier inner;
    private final Rates rates;

    NoisyVerifier(Verifier inner, Rates rates) {
        this.inner = inner;
        this.rates = rates;
    }

    @Override
    public Verdict verify(Sandbox sandbox, Attempt attempt) {
        return redraw(attempt, inner.verify(sandbox, attempt));
    }

    @Override
    public Verifier forSample(Sample sample) {
        Verifier bound = inner.forSample(sample);
        return bound == inner ? this : new NoisyVerifier(bound, rates);
    }

    @Override
    public boolean isVisibleTestRun() {
        return inner.isVisibleTestRun();
    }

    @Override
    public Verdict judge(Attempt attempt, ExecResult run) {
        return redraw(attempt, inner.judge(attempt, run));
    }

    @Override
    public UserMessage repairPrompt(Verdict verdict) {
        return inner.repairPrompt(verdict);
    }

    @Override
    public String spec() {
        return String.format(Locale.ROOT, "noisy:tpr=%s,fpr=%s,seed=%d,of=%s", trim(rates.tpr()), trim(rates.fpr()),
                rates.seed(), inner.spec());
    }

    @Override
    public Optional<String> caveat() {
        // Not an upper bound any more, but it still reads the hidden grade: no agent could run it.
        return inner.caveat().map(c -> "synthetic: the " + inner.spec() + " verifier's verdicts flipped at set rates;"
                + " it reads the hidden grade, so it is not a deployable check");
    }

    /** Accept with probability tpr if the inner verifier accepted, fpr if it rejected. */
    Verdict redraw(Attempt attempt, Verdict said) {
        double u = draw(rates.seed(), attempt.task().id(), attempt.sample(), attempt.round());
        boolean accept = u < (said.passed() ? rates.tpr() : rates.fpr());
        if (accept == said.passed()) return said;
        ExecResult r = said.run();
        String note = "noisy verifier: " + inner.spec() + (said.passed() ? " accepted, flipped to reject" : " rejected, flipped to accept");
        return new Verdict(accept, new ExecResult(r.exitCode(), note + "\n" + r.stdout(), r.stderr(), r.timedOut(),
                r.truncated(), r.elapsed(), r.started()), note);
    }

    /** A uniform [0, 1) value fixed by its key: String.hashCode is specified, so it is the same on every JVM. */
    static double draw(long seed, String task, int sample, int round) {
        long key = seed;
        key = key * 0x9E3779B97F4A7C15L + task.hashCode();
        key = key * 0x9E3779B97F4A7C15L + sample;
        key = key * 0x9E3779B97F4A7C15L + round;
        return new SplittableRandom(key).nextDouble();
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
