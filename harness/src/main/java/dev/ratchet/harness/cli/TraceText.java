package dev.ratchet.harness.cli;

import dev.ratchet.results.BranchOrigin;
import dev.ratchet.results.TraceEvent;

import dev.ratchet.results.VisibleText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Prints a sample's trace for a person: plan, tool calls and results, test outputs, grade, timings. Everything
 * goes through {@link VisibleText}, so escape sequences in what a candidate printed show as {@code \x1b[…}
 * instead of acting on the terminal.
 */
final class TraceText {
    private final PrintWriter out;
    private final int maxChars;
    private final BranchOrigin branch;
    private final String continuation;

    TraceText(PrintWriter out, int maxChars) {
        this(out, maxChars, null, null);
    }

    /** For a branch run's sample: marks where the replayed steps end and {@code continuation} (the model) takes over. */
    TraceText(PrintWriter out, int maxChars, BranchOrigin branch, String continuation) {
        this.out = new PrintWriter(new VisibleWriter(out), false);
        this.maxChars = maxChars;
        this.branch = branch;
        this.continuation = continuation;
    }

    /** Escapes control characters on their way out, whichever print call wrote them. */
    private static final class VisibleWriter extends FilterWriter {
        VisibleWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(VisibleText.of(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(VisibleText.of(new String(buf, off, len)));
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.write(VisibleText.of(s.substring(off, off + len)));
        }
    }

    /** Model replies are numbered as steps (from 1 in each attempt), the numbers {@code ratchet branch --from-step} takes. */
    void print(List<TraceEvent> events) {
        long t0 = events.isEmpty() ? 0 : events.getFirst().ts();
        int step = 0;
        boolean marked = branch == null;
        if (branch != null) out.println("BRANCH: " + branch.describe() + "; steps 1–" + branch.fromStep()
                + " are the parent's, replayed and checked; then model " + continuation);
        boolean testsTurnShown = false;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e instanceof TraceEvent.TaskStarted) step = 0;
            if (!marked && step >= branch.fromStep() && !partOfAStep(e)) {
                out.println("\n          ══ branch starts here: steps 1–" + branch.fromStep() + " above were replayed from run "
                        + branch.parentRun() + "; what follows is the continuation (model " + continuation + ") ══\n");
                marked = true;
            }
            if (e instanceof TraceEvent.ModelReply) step++;
            boolean planFollows = i + 1 < events.size() && events.get(i + 1) instanceof TraceEvent.Plan;
            String at = String.format("%7.2fs ", (e.ts() - t0) / 1000.0);
            switch (e) {
                case TraceEvent.TaskStarted s -> out.println(at + "task " + s.task() + " sample " + s.sample());
                case TraceEvent.RoundStarted r -> out.println("\n" + at + "── round " + r.round() + " (" + r.policy()
                        + (r.fresh() ? ", fresh conversation" : ", same conversation") + ")");
                case TraceEvent.Plan p -> out.println(at + "PLAN\n" + indent(p.text()));
                case TraceEvent.ModelRequest m -> {
                    // round 0 is the self-tests verifier's test-writing turn, before any round
                    if (m.round() == 0 && !testsTurnShown) out.println("\n" + at + "── tests first (the self-tests verifier's turn, its own conversation)");
                    testsTurnShown |= m.round() == 0;
                }
                case TraceEvent.ModelReply m -> {
                    out.printf("%sstep %d · model reply (%d ms%s, %d→%d tokens%s)%n", at, step, m.latencyMs(),
                            m.recordedLatencyMs() != null ? ", recorded " + m.recordedLatencyMs() + " ms" : "",
                            m.tokensIn(), m.tokensOut(), m.costUsd() > 0 ? String.format(", $%.4f", m.costUsd()) : "");
                    if (m.text() != null && !m.text().isBlank() && m.toolCalls().isEmpty() && !planFollows) {
                        out.println(indent(m.text()));
                    }
                }
                case TraceEvent.ToolCall c -> out.println(at + "→ " + c.name() + " " + clip(c.arguments().toString()));
                case TraceEvent.ToolResult r -> out.println(at + (r.error() ? "✗ " : "← ") + r.name()
                        + " (" + r.durationMs() + " ms)\n" + indent(clip(r.output())));
                case TraceEvent.VerifyResult v -> out.println(at + "VERIFY visible tests " + verdict(v.passed(), v.timedOut())
                        + " (exit " + v.exitCode() + ", " + (v.agentRun() ? "the agent's own run, workspace unchanged since" : v.durationMs() + " ms")
                        + ")" + because(v.reason()) + "\n" + indent(clip(v.output())));
                case TraceEvent.GradeResult g -> out.println(at + "GRADE hidden tests " + verdict(g.passed(), g.timedOut())
                        + " (exit " + g.exitCode() + ", " + g.durationMs() + " ms)" + because(g.reason()) + "\n"
                        + indent(clip(g.output())));
                case TraceEvent.RoundFinished f -> out.println(at + "round " + f.round() + " ended by " + f.stop()
                        + ": visible " + (f.visiblePassed() ? "pass" : "fail") + ", hidden " + (f.hiddenPassed() ? "pass" : "fail"));
                case TraceEvent.TaskFinished f -> out.println("\n" + at + "OUTCOME " + f.outcome()
                        + (f.submittedRound() > 0 ? " (submitted round " + f.submittedRound() + ")" : "")
                        + (f.reason() != null ? " — " + f.reason() : "") + " in " + f.durationMs() + " ms");
                case TraceEvent.Error er -> out.println(at + "ERROR [" + er.tier() + "] " + er.message());
                case TraceEvent.SandboxAction a -> out.println(at + "sandbox " + a.action() + " (" + a.role() + ", "
                        + a.kind() + ", " + a.durationMs() + " ms)");
                case TraceEvent.RunStarted r -> out.println(at + "run " + r.runId());
                case TraceEvent.Flagged f -> out.println(at + "FLAG " + f.rule() + (f.path().isEmpty() ? "" : " " + f.path())
                        + ": " + f.evidence() + " (round " + f.round() + "; the grade stands, the report counts it)");
                case TraceEvent.Retrieval r -> out.println(at + "retrieval " + r.tool() + " (" + r.results() + " results, "
                        + r.bytes() + " bytes" + (r.cut() ? ", cut" : "") + ", index " + r.indexMs() + " ms)");
            }
        }
        if (!marked) out.println("\n(the trace ends within the " + branch.fromStep() + " replayed steps: no continuation ran)");
        long flags = events.stream().filter(e -> e instanceof TraceEvent.Flagged).count();
        if (flags > 0) out.println("\nFLAGGED: " + flags + " reward-hacking " + (flags == 1 ? "flag" : "flags")
                + " (listed as FLAG above); `report --flagged-as-failed` counts this sample as FAILED");
        out.flush();
    }

    /** What a step's tool calls write between its reply and the next request. */
    private static boolean partOfAStep(TraceEvent e) {
        return e instanceof TraceEvent.Plan || e instanceof TraceEvent.ToolCall || e instanceof TraceEvent.ToolResult || e instanceof TraceEvent.Retrieval
                || e instanceof TraceEvent.Flagged;
    }

    private static String verdict(boolean passed, boolean timedOut) {
        return timedOut ? "TIMED OUT" : passed ? "PASSED" : "FAILED";
    }

    private String clip(String s) {
        if (s == null) return "";
        String t = s.stripTrailing().replaceFirst("^(\\s*\\n)+", "");
        return t.length() <= maxChars ? t : t.substring(0, maxChars) + " … [" + (t.length() - maxChars) + " more chars]";
    }

    private static String indent(String s) {
        return s == null || s.isBlank() ? "" : "          │ " + s.stripTrailing().replace("\n", "\n          │ ");
    }

    private static String because(String reason) {
        return reason == null ? "" : ": " + reason;
    }
}
