package dev.ratchet.tasks.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratchet.sandbox.ExecResult;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * How Ratchet's test commands report per-test results so that tested code cannot forge them. The command's
 * first stdout line is {@code RATCHET-TESTS <nonce>}, written by Ratchet's own runner before any task code
 * runs, with a nonce drawn then (it is in no file, argument or environment variable the tested code could
 * read). Only later stdout lines starting with that nonce count: {@code <nonce> {"id":…,"status":…}} per test
 * (Python runner), {@code <nonce> <kind> <base64>} (a test framework's own report, one of {@link ReportFormat},
 * read from a fresh directory outside the workspace after the test process exited), and {@code <nonce> {"end":true,"tampered":[…]}} last. Test output itself
 * goes to stderr.
 */
public final class ResultChannel {
    private ResultChannel() {}

    /** Marks a test command as reporting on this channel (it prints the header). */
    public static final String HEADER = "RATCHET-TESTS ";

    private static final ObjectMapper JSON = new ObjectMapper();

    public static boolean reportsOn(List<String> testCommand) {
        return testCommand.stream().anyMatch(a -> a.contains(HEADER.strip()));
    }

    /** The report, when the run's stdout starts with the header; empty when the runner never got going. */
    public static Optional<TestReport> read(ExecResult run) {
        String out = run.stdout();
        if (!out.startsWith(HEADER)) return Optional.empty();
        int eol = out.indexOf('\n');
        if (eol < 0) return Optional.of(new TestReport(List.of(), List.of(), false));
        String nonce = out.substring(HEADER.length(), eol).strip();
        if (!nonce.matches("[0-9a-f]{32}")) return Optional.empty();
        String prefix = nonce + " ";
        List<TestReport.Case> cases = new ArrayList<>();
        List<String> tampered = new ArrayList<>();
        boolean complete = false;
        for (String line : out.substring(eol + 1).split("\n")) {
            if (!line.startsWith(prefix)) continue;
            String body = line.substring(prefix.length());
            try {
                Optional<ReportFormat> format = format(body);
                if (format.isPresent()) {
                    cases.addAll(format.get().parse(payload(body)));
                    continue;
                }
                JsonNode n = JSON.readTree(body);
                if (n.path("end").asBoolean(false)) {
                    complete = true;
                    n.path("tampered").forEach(t -> tampered.add(t.asText()));
                } else {
                    cases.add(new TestReport.Case(n.path("id").asText(), status(n.path("status").asText()),
                            n.path("detail").asText("")));
                }
            } catch (Exception malformed) {
                // the runner wrote it, so this is a truncated stream: the run stays incomplete
                return Optional.of(new TestReport(cases, tampered, false));
            }
        }
        return Optional.of(new TestReport(cases, tampered, complete));
    }

    /** The run as a person or the model should see it: the channel's lines taken out of stdout. */
    public static ExecResult withoutChannel(ExecResult run) {
        if (!run.stdout().startsWith(HEADER)) return run;
        String out = run.stdout();
        int eol = out.indexOf('\n');
        String prefix = eol < 0 ? "" : out.substring(HEADER.length(), eol).strip() + " ";
        StringBuilder kept = new StringBuilder();
        if (eol >= 0) {
            for (String line : out.substring(eol + 1).split("\n", -1)) {
                if (!prefix.isBlank() && line.startsWith(prefix)) {
                    // a report whose framework printed nothing readable is shown as that framework would have
                    String body = line.substring(prefix.length());
                    line = format(body).map(f -> render(f, body)).orElse("");
                    if (line.isEmpty()) continue;
                }
                if (!kept.isEmpty()) kept.append('\n');
                kept.append(line);
            }
        }
        return new ExecResult(run.exitCode(), kept.toString().strip(), run.stderr(), run.timedOut(), run.truncated(),
                run.elapsed());
    }

    private static TestReport.Status status(String s) {
        return switch (s) {
            case "passed" -> TestReport.Status.PASSED;
            case "skipped" -> TestReport.Status.SKIPPED;
            default -> TestReport.Status.FAILED;
        };
    }

    /** The report format a channel line carries ({@code <kind> <base64>}), if it is one. */
    private static Optional<ReportFormat> format(String body) {
        int sp = body.indexOf(' ');
        return sp < 0 ? Optional.empty() : ReportFormat.ofKind(body.substring(0, sp));
    }

    private static byte[] payload(String body) {
        return Base64.getDecoder().decode(body.substring(body.indexOf(' ') + 1).strip());
    }

    private static String render(ReportFormat f, String body) {
        try {
            return f.render(payload(body));
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
