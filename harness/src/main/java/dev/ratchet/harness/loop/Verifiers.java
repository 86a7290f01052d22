package dev.ratchet.harness.loop;

import dev.ratchet.harness.model.Models;
import dev.ratchet.harness.model.sim.SimSpec;
import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code --verifier SPEC}: {@code visible} (the default), {@code none}, {@code oracle}, {@code self-tests},
 * {@code judge:MODEL} (MODEL any {@code --model} spec), or {@code noisy:tpr=…,fpr=…,seed=…[,of=SPEC]} (default
 * {@code of=oracle}). Bad specs throw {@link IllegalArgumentException} with a message for the user.
 */
public final class Verifiers {
    private Verifiers() {}

    public static final String DEFAULT = "visible";
    private static final String KNOWN = "use visible, none, oracle, self-tests, judge:MODEL or noisy:tpr=…,fpr=…,seed=…";

    /** The grader and expected tests a verifier may use: the oracle grades like the hidden grader does. */
    public static Verifier parse(String spec, Grader grader, ExpectedTests expected) {
        return parse(spec, grader, expected, null);
    }

    /**
     * @param judges the model stack a {@code judge:MODEL} verifier talks to, made from MODEL ({@link Models#parse},
     *               opened on the run's sandboxes, with its retries and budget); null where only the spec matters
     */
    public static Verifier parse(String spec, Grader grader, ExpectedTests expected, Function<String, Models> judges) {
        String s = spec.trim();
        if (s.equals("visible")) return new VisibleTestsVerifier(expected);
        if (s.equals("none")) return new AcceptingVerifier();
        if (s.equals("oracle")) return new OracleVerifier(grader);
        if (s.equals(SelfTestsVerifier.SPEC)) return new SelfTestsVerifier();
        if (s.startsWith(JudgeVerifier.PREFIX) || s.equals("judge")) {
            String model = judgeModel(s).orElseThrow(() -> new IllegalArgumentException(
                    "judge verifier: name the judging model, e.g. judge:sim:acc=0.8 or judge:openai:gpt-4o-mini"));
            return new JudgeVerifier(model, judges == null ? null : judges.apply(model), expected);
        }
        if (s.startsWith("noisy:") || s.equals("noisy")) return noisy(s.substring(Math.min(s.length(), 6)), grader, expected, judges);
        throw new IllegalArgumentException("unknown verifier '" + spec + "' (" + KNOWN + ")");
    }

    /**
     * The judging model's spec of a {@code judge:MODEL} verifier (also inside {@code noisy:…,of=judge:MODEL}), in
     * its written form (a simulated one canonical), so a run can check the model before it starts.
     */
    public static Optional<String> judgeModel(String spec) {
        String s = spec.trim();
        int at = s.indexOf(JudgeVerifier.PREFIX);
        if (at < 0 || (at > 0 && !s.startsWith("noisy:"))) return Optional.empty();
        String model = s.substring(at + JudgeVerifier.PREFIX.length()).strip();
        if (model.isEmpty()) return Optional.empty();
        if (model.equals("sim") || model.startsWith("sim:")) return Optional.of(SimSpec.parse(model.equals("sim") ? "" : model.substring(4)).toString());
        return Optional.of(model);
    }

    /** The spec in its one written form (the form run.json records), so {@code --resume} compares like with like. */
    public static String canonical(String spec) {
        return parse(spec, null, ExpectedTests.UNKNOWN).spec();
    }

    /** The caveat of the verifier a spec names (set when it reads the hidden grade), without building it. */
    public static java.util.Optional<String> caveat(String spec) {
        return parse(spec, null, ExpectedTests.UNKNOWN).caveat();
    }

    private static Verifier noisy(String params, Grader grader, ExpectedTests expected, Function<String, Models> judges) {
        Map<String, String> p = new LinkedHashMap<>();
        // of= comes last and may itself hold commas (a nested noisy spec): the rest of the string is its value
        int of = params.indexOf("of=");
        String inner = of < 0 ? "oracle" : params.substring(of + 3);
        String head = of < 0 ? params : params.substring(0, of);
        for (String part : head.split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("noisy verifier: expected key=value, got '" + part + "'");
            String key = part.substring(0, eq).trim();
            if (!key.equals("tpr") && !key.equals("fpr") && !key.equals("seed")) {
                throw new IllegalArgumentException("noisy verifier: unknown parameter '" + key + "' (use tpr, fpr, seed, of)");
            }
            p.put(key, part.substring(eq + 1).trim());
        }
        for (String required : new String[] {"tpr", "fpr", "seed"}) {
            if (!p.containsKey(required)) {
                throw new IllegalArgumentException("noisy verifier: missing " + required + "= (e.g. noisy:tpr=0.9,fpr=0.2,seed=1)");
            }
        }
        try {
            return new NoisyVerifier(parse(inner, grader, expected, judges), new NoisyVerifier.Rates(
                    Double.parseDouble(p.get("tpr")), Double.parseDouble(p.get("fpr")), Long.parseLong(p.get("seed"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("noisy verifier: not a number in '" + params + "'");
        }
    }
}
