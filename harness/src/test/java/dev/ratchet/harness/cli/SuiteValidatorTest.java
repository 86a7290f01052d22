package dev.ratchet.harness.cli;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.results.SuiteValidation;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxException;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteValidatorTest {
    @TempDir Path tmp;

    /** Local sandboxes, except that every sandbox of one task fails as a container that went away does. */
    record FailingFor(String taskId, SandboxFactory inner) implements SandboxFactory {
        @Override
        public Sandbox create(SandboxSpec spec) {
            if (spec.label().startsWith(taskId + "#")) {
                throw new SandboxException("exec in container 3f2a…: its container went away");
            }
            return inner.create(spec);
        }

        @Override
        public String kind() {
            return inner.kind();
        }
    }

    /** Three valid shell tasks. */
    List<Task> tasks() throws Exception {
        Path suite = tmp.resolve("suite");
        StringBuilder yaml = new StringBuilder("suite: three\ntasks:\n");
        for (String id : List.of("one", "two", "three")) {
            InvalidTasksCliTest.task(suite.resolve(id), "ok\n");
            yaml.append("  - id: ").append(id).append("\n    language: shell\n    instructions: ").append(id)
                    .append("/instructions.md\n    workspace: ").append(id).append("/ws/\n    visible_tests: ").append(id)
                    .append("/vis/\n    hidden_tests: ").append(id).append("/hid/\n    reference: ").append(id).append("/ref/\n")
                    .append("    test_command: [\"sh\", \"-c\", \"[ ! -f hidden.sh ] || sh hidden.sh\"]\n");
        }
        java.nio.file.Files.writeString(suite.resolve("suite.yaml"), yaml);
        return SuiteArg.load(suite.resolve("suite.yaml").toString()).tasks();
    }

    @Test
    void aSandboxFaultOnOneTaskIsThatTasksErrorAndTheOthersAreStillValidated() throws Exception {
        List<Task> tasks = tasks();
        String broken = tasks.get(1).id();
        Path cacheFile = tmp.resolve("validation.json");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        ValidationRecorder recorder = new ValidationRecorder(new SuiteValidation("fixture", "sha256:0123456789abcdef", 1,
                "2026-01-01T00:00:00Z", List.of()), cacheFile, null, out);

        int exit = new SuiteValidator(new TaskValidator(new FailingFor(broken, Fixtures.localSandboxes())), recorder, 1, out)
                .validate(tasks);

        assertThat(exit).isEqualTo(1);
        assertThat(text.toString()).contains("ERROR " + broken + "\n       ✗ sandbox: exec in container 3f2a…: its container went away")
                .contains((tasks.size() - 1) + " of " + tasks.size() + " tasks valid; 1 could not be validated (sandbox errors): " + broken);
        assertThat(text.toString()).contains("ok    one\n", "ok    three\n");
        // their test_command has no test_report: said once, with the ids, never silently
        assertThat(text.toString()).contains("warning: 3 tasks are graded by exit code alone (one, two, three): "
                + "code that makes the test command exit 0 passes");
        SuiteValidation saved = ValidationFile.read(cacheFile).orElseThrow().content();
        assertThat(saved.tasks()).hasSize(tasks.size());
        SuiteValidation.TaskValidation failed = saved.task(broken).orElseThrow();
        assertThat(failed.error()).isEqualTo("sandbox: exec in container 3f2a…: its container went away");
        assertThat(failed.invalidReason()).as("a fault is not evidence that the task is invalid").isEmpty();
    }
}
