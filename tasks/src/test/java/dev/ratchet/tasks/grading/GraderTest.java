package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test command that cannot start is the harness's fault (an exception, so ERROR); whatever a started one exits is the candidate's. */
class GraderTest {
    @TempDir Path dir;

    Task task(List<String> testCommand) throws Exception {
        for (String d : new String[] {"ws", "vis", "hid"}) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("ws/answer.sh"), "exit 1\n");
        Files.writeString(dir.resolve("hid/hidden.sh"), "sh answer.sh\n");
        return new Task("t", "shell", "", dir.resolve("ws"), dir.resolve("vis"), dir.resolve("hid"), Optional.empty(),
                testCommand, Duration.ofSeconds(10), "none");
    }

    Verdict grade(Task task, String answer) {
        return new Grader(new LocalSandboxFactory()).grade(task, Candidate.ofText(Map.of("answer.sh", answer), Set.of()), "t#0");
    }

    @Test
    void aMissingTestProgramIsASandboxFaultNotAFailedCandidate() throws Exception {
        assertThatThrownBy(() -> grade(task(List.of("no-such-grader-xyz", "hidden.sh")), "exit 0\n"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("could not be started (exit 127)").hasMessageContaining("no-such-grader-xyz");
        assertThatThrownBy(() -> grade(task(List.of("./hidden.sh")), "exit 0\n")) // there, but not executable
                .isInstanceOf(SandboxException.class).hasMessageContaining("(exit 126)");
    }

    @Test
    void aCandidateThatExits127Or126ItselfFails() throws Exception {
        Task task = task(List.of("sh", "hidden.sh"));
        assertThat(grade(task, "exit 0\n").passed()).isTrue();
        for (String answer : new String[] {"exit 127\n", "exit 126\n", "no-such-program-the-candidate-calls\n"}) {
            Verdict v = grade(task, answer);
            assertThat(v.passed()).as(answer).isFalse();
            assertThat(v.run().started()).isTrue();
        }
    }

    @Test
    void theValidatorSaysWhenTheTestCommandCannotStart() throws Exception {
        Task task = task(List.of("no-such-grader-xyz"));
        Files.createDirectories(dir.resolve("ref"));
        Task withReference = new Task(task.id(), task.language(), task.instructions(), task.workspace(), task.visibleTests(),
                task.hiddenTests(), Optional.of(dir.resolve("ref")), task.testCommand(), task.timeout(), task.image());
        TaskValidator.Report r = new TaskValidator(new LocalSandboxFactory()).validate(withReference);
        assertThat(r.checks()).noneMatch(TaskValidator.Check::passed);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.detail()).contains("the test command could not be started"));
    }
}
