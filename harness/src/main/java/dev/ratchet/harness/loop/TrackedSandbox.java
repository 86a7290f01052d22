package dev.ratchet.harness.loop;

import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent's sandbox as its tools see it. It notes everything tools do that could change the workspace, so
 * the harness can tell whether the workspace is exactly as it was at the agent's last visible-test run; if so,
 * VERIFY takes that run's result instead of repeating it (one of the three test runs of a round). An edit to
 * a visible test rules this out until VERIFY restores the tests: the agent's run saw different tests.
 */
final class TrackedSandbox implements Sandbox {
    private final Sandbox inner;
    private final Task task;
    private final Set<String> visibleTests;
    private long changes;
    private boolean testsEdited;
    private AgentRun lastRun;

    private record AgentRun(long changesBefore, ExecResult result) {}

    TrackedSandbox(Sandbox inner, Task task) {
        this.inner = inner;
        this.task = task;
        this.visibleTests = Set.copyOf(TaskFiles.relativeFiles(task.visibleTests()));
    }

    /** The agent's run of the visible tests (the run_tests tool). */
    ExecResult runVisibleTests() {
        ExecResult result = inner.exec(task.testCommand(), task.timeout());
        lastRun = testsEdited ? null : new AgentRun(changes, result);
        return result;
    }

    /** The agent's last visible-test run, if the tests were pristine then and nothing has changed since. */
    Optional<ExecResult> unchangedSinceAgentRun() {
        return lastRun != null && lastRun.changesBefore() == changes ? Optional.of(lastRun.result()) : Optional.empty();
    }

    /** VERIFY put the visible tests back; what the agent ran before no longer describes the workspace. */
    void testsRestored() {
        testsEdited = false;
        lastRun = null;
    }

    @Override
    public ExecResult exec(List<String> argv, Duration timeout) {
        changes++; // a tool's own command (grep, say) could write too
        return inner.exec(argv, timeout);
    }

    @Override
    public void writeFile(String path, String content) {
        changed(path);
        inner.writeFile(path, content);
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        changed(path);
        inner.writeBytes(path, content);
    }

    @Override
    public void deleteFile(String path) {
        changed(path);
        inner.deleteFile(path);
    }

    private void changed(String path) {
        changes++;
        if (visibleTests.contains(path)) testsEdited = true;
    }

    @Override
    public void reset() {
        inner.reset();
        testsRestored();
    }

    @Override
    public String readFile(String path) {
        return inner.readFile(path);
    }

    @Override
    public Map<String, String> readFiles(Collection<String> paths) {
        return inner.readFiles(paths);
    }

    @Override
    public byte[] readBytes(String path) {
        return inner.readBytes(path);
    }

    @Override
    public Map<String, byte[]> readBytes(Collection<String> paths) {
        return inner.readBytes(paths);
    }

    @Override
    public List<String> listFiles(String dir) {
        return inner.listFiles(dir);
    }

    /** The agent loop owns the real sandbox and closes it. */
    @Override
    public void close() {}
}
