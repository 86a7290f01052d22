package dev.ratchet.tasks.grading;

import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.tasks.RealBenchmarks;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.formats.LoadOptions;
import dev.ratchet.tasks.formats.SuiteFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate is captured from the agent's sandbox and applied to the grader's, on a real polyglot exercise:
 * Java's bowling carries a binary {@code gradle-wrapper.jar} (which ended samples as "cannot read …") and
 * tree-building has read-only editor files.
 */
class CandidateTest {
    private static final String JAR = "gradle/wrapper/gradle-wrapper.jar";
    @TempDir Path cache;
    private final LocalSandboxFactory sandboxes = new LocalSandboxFactory();

    private Task exercise(String name) {
        Path dir = RealBenchmarks.polyglot().resolve("java/exercises/practice").resolve(name);
        return SuiteFormats.load(dir, LoadOptions.defaults(cache)).tasks().getFirst();
    }

    @Test
    void whatTheTestsBuildIntoTargetIsNotPartOfTheCandidate() {
        // rust/macros' tests run cargo with --target-dir ../../target themselves: artefacts, not a solution
        Path dir = RealBenchmarks.polyglot().resolve("rust/exercises/practice/macros");
        Task t = SuiteFormats.load(dir, LoadOptions.defaults(cache)).tasks().getFirst();
        try (Sandbox agent = sandboxes.create(TaskFiles.agentSpec(t, "candidate-target"))) {
            agent.writeBytes("target/tests/macros/debug/deps/libmacros.rmeta", new byte[] {0, 1, 2});
            agent.writeFile("src/lib.rs", "// solved\n");
            assertThat(Candidate.workspace(agent).keySet()).noneMatch(p -> p.startsWith("target/"));
            assertThat(Candidate.capture(agent, t).changed().keySet()).containsExactly("src/lib.rs");
        }
    }

    @Test
    void anUntouchedBinaryIsNoChangeAndANewOneTravelsByteForByte() throws Exception {
        Task t = exercise("bowling");
        byte[] jar = Files.readAllBytes(t.workspace().resolve(JAR));
        assertThat(new String(jar, java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .as("the jar is not UTF-8 text: a text round trip would change it").isNotEqualTo(jar);
        try (Sandbox agent = sandboxes.create(TaskFiles.agentSpec(t, "candidate-test"))) {
            assertThat(Candidate.capture(agent, t).changed()).isEmpty();

            byte[] edited = Arrays.copyOf(jar, jar.length + 3);
            edited[jar.length] = (byte) 0xff;
            edited[jar.length + 1] = (byte) 0xfe;
            String blob = "src/main/java/frames.bin"; // a new file beside the solution: the agent may add it
            agent.writeBytes(blob, edited);
            agent.writeBytes(JAR, edited); // the build's own jar: not the agent's to change
            agent.writeFile("src/main/java/BowlingGame.java", "class BowlingGame {}\n");
            Candidate.Examined e = Candidate.examine(agent, t);
            Candidate c = e.candidate();
            assertThat(c.changed().keySet()).containsExactlyInAnyOrder(blob, "src/main/java/BowlingGame.java");
            assertThat(c.changed().get(blob)).isEqualTo(edited);
            assertThat(e.refused()).containsExactly(JAR);

            try (Sandbox grader = sandboxes.create(TaskFiles.graderSpec(t, "candidate-test/grade"))) {
                c.applyTo(grader, TaskFiles.testPaths(t));
                assertThat(grader.readBytes(blob)).isEqualTo(edited);
                assertThat(grader.readBytes(JAR)).isEqualTo(jar);
                assertThat(Candidate.capture(grader, t)).isEqualTo(c);
            }
        }
    }

    @Test
    void editsToEditorFilesAreNotPartOfTheCandidateAndTheGraderHasTheOriginals() throws Exception {
        Task t = exercise("tree-building");
        String record = "src/main/java/Record.java";
        try (Sandbox agent = sandboxes.create(TaskFiles.agentSpec(t, "candidate-test"))) {
            agent.writeFile(record, "class Record {}\n");
            agent.deleteFile("src/main/java/TreeNode.java");
            Candidate c = Candidate.capture(agent, t);
            assertThat(c.changed()).isEmpty();
            assertThat(c.deleted()).isEmpty();
            try (Sandbox grader = sandboxes.create(TaskFiles.graderSpec(t, "candidate-test/grade"))) {
                Candidate.ofText(Map.of(record, "class Record {}\n"), Set.of()).applyTo(grader, TaskFiles.testPaths(t));
                assertThat(grader.readFile(record)).isEqualTo(Files.readString(t.hiddenTests().resolve(record)));
            }
        }
    }

    @Test
    void equalContentIsAnEqualCandidate() {
        var a = Candidate.ofText(Map.of("a.py", "x = 1\n"), Set.of("b.py"));
        var b = new Candidate(Map.of("a.py", "x = 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Set.of("b.py"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.digest()).isEqualTo(b.digest())
                .isNotEqualTo(Candidate.ofText(Map.of("a.py", "x = 2\n"), Set.of("b.py")).digest())
                .isNotEqualTo(Candidate.ofText(Map.of("a.py", "x = 1\n"), Set.of()).digest());
    }
}
