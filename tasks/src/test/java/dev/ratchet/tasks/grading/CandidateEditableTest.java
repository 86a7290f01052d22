package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of an agent's changes reach the grader, on real polyglot exercises and HumanEval problems. */
class CandidateEditableTest {
    @TempDir Path cache;

    Task task(Path source, String id) {
        Suite s = SuiteFormats.load(source, LoadOptions.defaults(cache));
        return s.task(id).orElseThrow();
    }

    Candidate.Examined examine(Task task, java.util.function.Consumer<Sandbox> agent) {
        try (Sandbox sandbox = new LocalSandboxFactory().create(TaskFiles.agentSpec(task, task.id() + "#candidate-test"))) {
            agent.accept(sandbox);
            return Candidate.examine(sandbox, task);
        }
    }

    @Test
    void anExercismJavaScriptAgentChangesOnlyItsSolutionAndFilesBesideIt() {
        Task task = task(RealBenchmarks.polyglot().resolve("javascript/exercises/practice/affine-cipher"), "javascript/affine-cipher");
        Candidate.Examined e = examine(task, s -> {
            s.writeFile("affine-cipher.js", "export const encode = () => '';\n");
            s.writeFile("helper.js", "export const x = 1;\n");
            s.writeFile("package.json", "{\"scripts\":{\"test\":\"true\"}}\n");
            s.writeFile("babel.config.js", "module.exports = {};\n");
            s.writeFile("affine-cipher.spec.js", "test('x', () => {});\n");
            s.writeFile("LICENSE", "mine\n");
        });
        assertThat(e.candidate().changed()).containsOnlyKeys("affine-cipher.js", "helper.js");
        assertThat(e.refused()).containsExactlyInAnyOrder("package.json", "babel.config.js", "affine-cipher.spec.js", "LICENSE");
    }

    @Test
    void anExercismBuildFileStaysPristineForEveryLanguage() {
        for (String[] c : new String[][] {{"cpp", "allergies", "CMakeLists.txt"}, {"rust", "acronym", "Cargo.toml"},
                {"javascript", "affine-cipher", "package.json"}}) {
            // (Java exercises ship a binary gradle-wrapper.jar, which Candidate reads as text until it carries bytes)
            Path dir = RealBenchmarks.polyglot().resolve(c[0] + "/exercises/practice/" + c[1]);
            Task task = task(dir, c[0] + "/" + c[1]);
            Candidate.Examined e = examine(task, s -> s.writeFile(c[2], "# replaced\n"));
            assertThat(e.candidate().changed()).as(c[0]).isEmpty();
            assertThat(e.refused()).as(c[0]).containsExactly(c[2]);
        }
    }

    @Test
    void aHumanEvalAgentChangesOnlySolutionPy() {
        Task task = task(RealBenchmarks.humanEval(), "HumanEval/0");
        Candidate.Examined e = examine(task, s -> {
            s.writeFile("solution.py", "def has_close_elements(numbers, threshold):\n    return True\n");
            s.writeFile("helper.py", "X = 1\n");
            s.writeFile("unittest.py", "import os\nos._exit(0)\n");
            s.deleteFile("test_visible.py");
        });
        assertThat(e.candidate().changed()).containsOnlyKeys("solution.py");
        assertThat(e.refused()).containsExactlyInAnyOrder("helper.py", "unittest.py", "test_visible.py");
    }
}
