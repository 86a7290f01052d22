package dev.ratchet.harness.model.replay;

import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.results.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first N steps of one recorded sample: what {@code ratchet branch} replays before another model takes over.
 * A <em>step</em> is one model reply, the plan included, numbered from 1 in the sample's last attempt as
 * {@code ratchet show} numbers them; with it go the tool results of the calls it made. Replaying step k means:
 * answer the loop's k-th request with the recorded reply (after {@link ReplayModel} checked the request — which
 * holds the results of step k−1 — against the recorded one), and let the loop run its tool calls for real.
 */
public final class BranchPoint {

    /** One recorded step: its number, round, reply, and the results of its tool calls in order. */
    public record Step(int number, int round, TraceEvent.ModelReply reply, List<TraceEvent.ToolResult> results) {}

    private final List<ReplayModel.Exchange> exchanges;
    private final List<Step> steps;
    private final int from;

    private BranchPoint(List<ReplayModel.Exchange> exchanges, List<Step> steps, int from) {
        this.exchanges = exchanges;
        this.steps = steps;
        this.from = from;
    }

    /** @throws IllegalArgumentException (a message for the user) when the sample has no step {@code fromStep} */
    public static BranchPoint of(List<TraceEvent> trace, int fromStep) {
        List<Step> steps = steps(trace);
        if (steps.isEmpty()) throw new IllegalArgumentException("the sample's trace has no model reply to branch from");
        if (fromStep < 1 || fromStep > steps.size()) {
            throw new IllegalArgumentException("--from-step must be between 1 and " + steps.size()
                    + " (the sample's model replies, numbered as `ratchet show` numbers them), got " + fromStep);
        }
        return new BranchPoint(ReplayModel.exchanges(trace).subList(0, fromStep), steps, fromStep);
    }

    /** The steps of a trace's last attempt (a resumed run may hold earlier ones). */
    public static List<Step> steps(List<TraceEvent> trace) {
        int start = 0;
        for (int i = 0; i < trace.size(); i++) if (trace.get(i) instanceof TraceEvent.TaskStarted) start = i;
        List<Step> out = new ArrayList<>();
        List<TraceEvent.ToolResult> results = null;
        for (TraceEvent e : trace.subList(start, trace.size())) {
            if (e instanceof TraceEvent.ModelReply r) {
                results = new ArrayList<>();
                out.add(new Step(out.size() + 1, r.round(), r, results));
            } else if (e instanceof TraceEvent.ToolResult t && results != null) {
                results.add(t);
            }
        }
        return out.stream().map(s -> new Step(s.number(), s.round(), s.reply(), List.copyOf(s.results()))).toList();
    }

    public int fromStep() {
        return from;
    }

    /** The round step N is in. */
    public int round() {
        return step(from).round();
    }

    /** How many steps the recorded sample has. */
    public int recordedSteps() {
        return steps.size();
    }

    Step step(int number) {
        return steps.get(number - 1);
    }

    /** A model that replays steps 1..N for sample {@code label}, then hands every later request to {@code continuation}. */
    public Model model(String label, Model continuation) {
        return new BranchModel(this, new ReplayModel(label, exchanges), continuation);
    }

    /**
     * The models of a branch run: sample k replays steps 1..N, then talks to {@code continuation}'s model for
     * (task, k), so the K continuations are independent draws from the same prefix.
     */
    public ModelFactory models(ModelFactory continuation) {
        return new ModelFactory() {
            @Override
            public Model create(dev.ratchet.tasks.Task task, int sample) {
                return model(task.id() + "#" + sample, continuation.create(task, sample));
            }

            @Override
            public String describe() {
                return continuation.describe();
            }
        };
    }

    /**
     * Checks a branch sample's own trace: steps 1..N must be there with the recorded tool results (up to
     * {@link ToolOutputNormal}). This is what catches a prefix whose last step's results no request ever showed
     * (the loop ended right after step N), and a prefix round the verifier now accepts, ending the sample early.
     * Empty when the prefix reproduced.
     */
    public Optional<String> check(List<TraceEvent> branchTrace) {
        List<Step> now = steps(branchTrace);
        for (int k = 1; k <= from; k++) {
            if (k > now.size()) {
                return Optional.of(at(k, step(k).round()) + "the sample ended after step " + now.size()
                        + " of the " + from + " to replay");
            }
            Optional<String> d = compare(k, now.get(k - 1).results().stream()
                    .map(r -> new Result(r.name(), r.error(), r.output())).toList());
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** A tool result as compared: the tool, whether it was an error for the model, and what it said. */
    record Result(String name, boolean error, String output) {}

    /** The first difference between step k's recorded tool results and {@code got}, described; empty if none. */
    Optional<String> compare(int k, List<Result> got) {
        List<TraceEvent.ToolResult> want = step(k).results();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            TraceEvent.ToolResult w = i < want.size() ? want.get(i) : null;
            Result g = i < got.size() ? got.get(i) : null;
            String where = at(k, step(k).round());
            if (w == null || g == null) {
                return Optional.of(where + "recorded " + want.size() + " tool results, now " + got.size());
            }
            if (!w.name().equals(g.name())) {
                return Optional.of(where + "tool result " + (i + 1) + " recorded from " + w.name() + ", now " + g.name());
            }
            boolean sameText = ToolOutputNormal.lines(w.output()).equals(ToolOutputNormal.lines(g.output()));
            if (!sameText || w.error() != g.error()) {
                String diff = sameText ? "recorded " + (w.error() ? "an error" : "a success") + ", now "
                        + (g.error() ? "an error" : "a success")
                        : Divergence.describe(tool(w.output(), w.id()), tool(g.output(), w.id()));
                return Optional.of(where + "the result of " + w.name() + " differs: " + diff);
            }
        }
        return Optional.empty();
    }

    /** The tool a recorded call id of step k went to, for messages; the id itself if unknown. */
    String toolOf(int k, String callId) {
        if (k < 1 || k > steps.size()) return callId;
        return step(k).results().stream().filter(r -> Objects.equals(r.id(), callId)).map(TraceEvent.ToolResult::name)
                .findFirst().orElse(callId);
    }

    private static TraceEvent.Message tool(String text, String id) {
        return new TraceEvent.Message("tool", text, List.of(), id);
    }

    /** The head of every divergence message, so they all name the step the same way. */
    static String at(int step, int round) {
        return ModelException.BRANCH_DIVERGED + " at step " + step + " (round " + round + "): ";
    }
}
