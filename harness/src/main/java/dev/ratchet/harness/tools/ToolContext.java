package dev.ratchet.harness.tools;

import dev.ratchet.results.TraceSink;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.integrity.Flag;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What tools act on during one round: the agent's sandbox, the task, how to run the visible tests,
 * whether the model has submitted, the sample's trace (for tools that record their own events) and where the
 * reward-hacking flags a tool call raises go.
 */
public final class ToolContext {
    private final Sandbox sandbox;
    private final Task task;
    private final Supplier<ExecResult> visibleTests;
    private final TraceSink trace;
    private final Consumer<Flag> flags;
    private boolean submitted;

    public ToolContext(Sandbox sandbox, Task task, Supplier<ExecResult> visibleTests) {
        this(sandbox, task, visibleTests, TraceSink.DISCARD);
    }

    public ToolContext(Sandbox sandbox, Task task, Supplier<ExecResult> visibleTests, TraceSink trace) {
        this(sandbox, task, visibleTests, trace, flag -> { });
    }

    public ToolContext(Sandbox sandbox, Task task, Supplier<ExecResult> visibleTests, TraceSink trace,
                       Consumer<Flag> flags) {
        this.sandbox = sandbox;
        this.task = task;
        this.visibleTests = visibleTests;
        this.trace = trace;
        this.flags = flags;
    }

    /** A tool call raised a reward-hacking flag; it still answers the model as it would have. */
    public void raise(Flag flag) { flags.accept(flag); }

    public TraceSink trace() { return trace; }

    public Sandbox sandbox() { return sandbox; }

    public Task task() { return task; }

    public ExecResult runVisibleTests() { return visibleTests.get(); }

    public void submit() { submitted = true; }

    public boolean submitted() { return submitted; }
}
