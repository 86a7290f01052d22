package dev.ratchet.harness.model.replay;

import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelFactory;

import dev.ratchet.results.RunStore;
import dev.ratchet.tasks.Task;

import java.nio.file.Path;

/** {@code replay:RUN_DIR}: each (task, sample) replays its recorded trace. No network, no keys. */
public final class ReplayModelFactory implements ModelFactory {
    private final Path runDir;
    private final RunStore store;

    public ReplayModelFactory(Path runDir) {
        if (!RunStore.isRunDir(runDir)) throw new IllegalArgumentException("replay: " + runDir + " is not a run directory");
        this.runDir = runDir;
        this.store = RunStore.open(runDir);
    }

    @Override
    public Model create(Task task, int sample) {
        return new ReplayModel(task.id() + "#" + sample, ReplayModel.exchanges(store.readTrace(task.id(), sample)));
    }

    @Override
    public String describe() {
        return "replay:" + runDir;
    }
}
