package dev.ratchet.harness.loop;

import dev.ratchet.tasks.grading.ExpectedTests;
import dev.ratchet.tasks.grading.Grader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --verifier SPEC}: {@code visible} (the default), {@code none}, {@code oracle}, or
 * {@code noisy:tpr=…,fpr=…,seed=…[,of=SPEC]} (default {@code of=oracle}). Bad specs throw
 * {@link IllegalArgumentException} with a message for the user.
 */
public final class Verifiers {
    private Verifiers() {}

    public static final String DEFAULT = "visible";

    /** The grader and expected tests a verifier may use: the oracle grades like the hidden grader does. */
    public static Verifier parse(String spec, Grader grader, ExpectedTests expected) {
        String s = spec.trim();
        if (s.equals("visible")) return new VisibleTestsVerifier(expected);
        if (s.equals("none")) return new AcceptingVerifier();
        if (s.equals("oracle")) return new OracleVerifier(grader);
        if (s.startsWith("noisy:") || s.equals("noisy")) return noisy(s.substring(Math.min(s.length(), 6)), grader, expected);
        throw new IllegalArgumentException("unknown verifier '" + spec + "' (use visible, none, oracle or noisy:tpr=…,fpr=…,seed=…)");
    }

    /** The spec in its one written form (the form run.json records), so {@code --resume} compares like with like. */
    public static String canonical(String spec) {
        return parse(spec, null, ExpectedTests.UNKNOWN).spec();
    }

    /** The caveat of the verifier a spec names (set when it reads the hidden grade), without building it. */
    public static java.util.Optional<String> caveat(String spec) {
        return parse(spec, null, ExpectedTests.UNKNOWN).caveat();
    }

    private static Verifier noisy(String params, Grader grader, ExpectedTests expected) {
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
            return new NoisyVerifier(parse(inner, grader, expected), new NoisyVerifier.Rates(
                    Double.parseDouble(p.get("tpr")), Double.parseDouble(p.get("fpr")), Long.parseLong(p.get("seed"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("noisy verifier: not a number in '" + params + "'");
        }
    }
}
