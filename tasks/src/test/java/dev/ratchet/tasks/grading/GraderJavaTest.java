package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.toolchain.HostEnvSandboxFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Java rounds are graded from JUnit's XML report, against the tests the reference passed at validation. */
class GraderJavaTest {
    @TempDir static Path jvmCache;

    final Task task = BuiltinSuite.load().task("java-bracket-checker").orElseThrow();

    SandboxFactory sandboxes() {
        return HostEnvSandboxFactory.wrap(new LocalSandboxFactory(), jvmCache);
    }

    @Test
    void theReferencePassesEveryExpectedTestAndAJvmThatHaltsWithZeroFails() {
        TaskValidator.Report report = new TaskValidator(sandboxes()).validate(task);
        assertThat(report.passed()).as(report.checks().toString()).isTrue();
        assertThat(report.gradedTests()).contains("BracketCheckerHiddenTest::mismatchedPairs()")
                .hasSizeGreaterThan(report.visibleTests().size());
        Grader grader = new Grader(sandboxes(), new ExpectedTests(Map.of(task.id(), report.gradedTests()), Map.of()));

        Verdict reference = grader.grade(task, Candidate.ofText(TaskFiles.reference(task), Set.of()), "java#reference");
        assertThat(reference.passed()).as(reference.reason()).isTrue();
        assertThat(reference.reason()).isEmpty();

        // the untouched (wrong) class, but the JVM exits 0 as soon as a test loads it: no report, exit 0
        String wrong = TaskFiles.read(task.workspace()).get("BracketChecker.java")
                .replace("private BracketChecker() {", "static { Runtime.getRuntime().halt(0); }\n    private BracketChecker() {");
        Verdict halted = grader.grade(task, Candidate.ofText(Map.of("BracketChecker.java", wrong), Set.of()), "java#halt");
        assertThat(halted.run().exitCode()).isZero();
        assertThat(halted.passed()).isFalse();
        assertThat(halted.reason()).startsWith(Verdict.MISSING);
    }
}
