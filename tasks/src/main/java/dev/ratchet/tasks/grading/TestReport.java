package dev.ratchet.tasks.grading;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-test results a test run reported on Ratchet's result channel ({@link ResultChannel}). Test ids are
 * framework-neutral: {@code file::Class::method} for Python (unittest and pytest agree), {@code class::method()}
 * for JUnit; the other frameworks' ids are described in {@link ReportFormat}. {@code complete} is false when the run never wrote its end record (it died or exited early);
 * {@code tampered} names test-framework attributes the tested code changed.
 */
public record TestReport(List<Case> cases, List<String> tampered, boolean complete) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public record Case(String id, Status status, String detail) {}

    public TestReport {
        cases = List.copyOf(cases);
        tampered = List.copyOf(tampered);
    }

    public Set<String> ids(Status status) {
        TreeSet<String> out = new TreeSet<>();
        cases.stream().filter(c -> c.status() == status).forEach(c -> out.add(c.id()));
        return out;
    }

    public Set<String> ids() {
        TreeSet<String> out = new TreeSet<>();
        cases.forEach(c -> out.add(c.id()));
        return out;
    }
}
