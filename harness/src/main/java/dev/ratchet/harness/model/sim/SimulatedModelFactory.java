package dev.ratchet.harness.model.sim;

import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.tasks.Task;

/** One {@link SimulatedModel} per (task, sample), sharing a mutant oracle. */
public record SimulatedModelFactory(SimSpec spec, MutantOracle oracle) implements ModelFactory {
    @Override
    public Model create(Task task, int sample) {
        return new SimulatedModel(spec, task, sample, oracle);
    }

    @Override
    public String describe() {
        return spec.toString();
    }
}
