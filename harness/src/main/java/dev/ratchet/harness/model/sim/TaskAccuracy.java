package dev.ratchet.harness.model.sim;

import org.apache.commons.statistics.distribution.BetaDistribution;

import java.util.Random;

/** Draws a task's p_i: {@code p} itself when spread is 0, else from a Beta with mean p and sd spread. */
final class TaskAccuracy {
    private TaskAccuracy() {}

    static double draw(SimSpec spec, String taskId) {
        double p = spec.p();
        if (spec.spread() == 0 || p == 0 || p == 1) return p;
        double k = p * (1 - p) / (spec.spread() * spec.spread()) - 1;
        double u = new Random(SimulatedModel.mix(spec.seed(), taskId, -1)).nextDouble();
        return BetaDistribution.of(p * k, (1 - p) * k).inverseCumulativeProbability(u);
    }
}
