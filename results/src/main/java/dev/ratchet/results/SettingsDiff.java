package dev.ratchet.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The settings two runs differ in, from their run.json: suite (name and content), model, and every
 * key of the recorded config (policy, rounds, samples, tools, sandbox, ...), so {@code compare} says
 * what changed between A and B instead of leaving it to the reader.
 */
public record SettingsDiff(List<Difference> differences) {

    public SettingsDiff {
        differences = List.copyOf(differences);
    }

    /** One setting; a value a run did not record is {@code —}. */
    public record Difference(String setting, String a, String b) {}

    public static SettingsDiff of(RunInfo a, RunInfo b) {
        List<Difference> out = new ArrayList<>();
        add(out, "suite name", a.suiteName(), b.suiteName());
        if (Objects.equals(a.suiteName(), b.suiteName())) add(out, "suite content (hash)", a.suiteHash(), b.suiteHash());
        add(out, "model", a.model(), b.model());
        Set<String> keys = new LinkedHashSet<>(a.config().keySet());
        keys.addAll(b.config().keySet());
        keys.remove("model"); // the spec as typed; the model line above is what it resolved to
        for (String key : keys) {
            // runs recorded before --verifier existed used the visible tests: not a difference from "visible"
            if (key.equals(RunMetrics.VERIFIER_KEY)) add(out, key, RunMetrics.verifier(a), RunMetrics.verifier(b));
            else add(out, key, a.config().get(key), b.config().get(key));
        }
        return new SettingsDiff(out);
    }

    public boolean none() {
        return differences.isEmpty();
    }

    private static void add(List<Difference> out, String setting, Object a, Object b) {
        if (!Objects.equals(a, b)) out.add(new Difference(setting, text(a), text(b)));
    }

    private static String text(Object v) {
        return v == null ? "—" : String.valueOf(v);
    }
}
