package dev.ratchet.tasks.grading;

import dev.ratchet.tasks.Task;

import dev.ratchet.sandbox.local.LocalSandboxFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TaskValidatorTest {
    @TempDir Path dir;

    Task task(String workspace, String reference, String hiddenTest) throws Exception {
        Files.createDirectories(dir.resolve("ws"));
        Files.createDirectories(dir.resolve("ref"));
        Files.createDirectories(dir.resolve("vis"));
        Files.createDirectories(dir.resolve("hid"));
        Files.writeString(dir.resolve("ws/f.txt"), workspace);
        Files.writeString(dir.resolve("ref/f.txt"), reference);
        Files.writeString(dir.resolve("vis/visible.sh"), "grep -q ok f.txt\n");
        Files.writeString(dir.resolve("hid/hidden.sh"), hiddenTest);
        return new Task("t", "shell", "", dir.resolve("ws"), dir.resolve("vis"), dir.resolve("hid"),
                Optional.of(dir.resolve("ref")), List.of("sh", "-c", "sh visible.sh && { [ ! -f hidden.sh ] || sh hidden.sh; }"),
                Duration.ofSeconds(10), "none");
    }

    @Test
    void aGoodTaskPassesEveryCheck() throws Exception {
        TaskValidator.Report r = new TaskValidator(new LocalSandboxFactory()).validate(task("todo\n", "ok\n", "grep -q '^ok$' f.txt\n"));
        assertThat(r.checks()).extracting(TaskValidator.Check::name).containsExactly(
                "reference passes visible tests", "reference passes hidden tests", "untouched workspace fails hidden tests");
        assertThat(r.passed()).as(r.toString()).isTrue();
    }

    @Test
    void aReferenceThatFailsHiddenTestsIsReportedWithTheOutput() throws Exception {
        TaskValidator.Report r = new TaskValidator(new LocalSandboxFactory())
                .validate(task("todo\n", "ok\n", "echo 'hidden: wrong answer'; exit 1\n"));
        assertThat(r.passed()).isFalse();
        TaskValidator.Check hidden = r.checks().get(1);
        assertThat(hidden.passed()).isFalse();
        assertThat(hidden.detail()).contains("exit 1").contains("hidden: wrong answer");
    }

    @Test
    void aWorkspaceThatAlreadyPassesIsFlagged() throws Exception {
        TaskValidator.Report r = new TaskValidator(new LocalSandboxFactory()).validate(task("ok\n", "ok\n", "true\n"));
        assertThat(r.checks().get(2).passed()).isFalse();
    }

    @Test
    void repeatedRunsFlagAFlakyHiddenTest() throws Exception {
        // passes on every other run: a counter file outside the sandbox alternates
        Path counter = dir.resolve("counter");
        Files.writeString(counter, "0");
        String hidden = "n=$(cat " + counter + "); echo $((n+1)) > " + counter + "; [ $((n % 2)) -eq 0 ]\n";
        TaskValidator v = new TaskValidator(new LocalSandboxFactory());
        TaskValidator.Stability s = v.stability(task("todo\n", "ok\n", hidden), 4);
        assertThat(s.runs()).isEqualTo(4);
        assertThat(s.passed()).isEqualTo(2);
        assertThat(s.flaky()).isTrue();
        assertThat(v.stability(task("todo\n", "ok\n", "true\n"), 3).flaky()).isFalse();
    }
}
