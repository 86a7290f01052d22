package dev.ratchet.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every number of an experiment (docs/experiments.md): each cell's metrics (observed success@r and the
 * compounding prediction from that cell's own measurements), success of every cell at the same budgets, and
 * the comparisons the grid is for: each policy against {@code none} under the same verifier, each verifier
 * against {@code oracle} under the same policy.
 */
public record ExperimentReport(Path dir, Experiment experiment, List<CellResult> cells, Budgets money, Budgets wall,
                               List<Pair> pairs) {

    /** A cell and its run's numbers; {@code metrics} is empty while the cell has not started. */
    public record CellResult(Experiment.Cell cell, Optional<RunStore> run, Optional<RunMetrics> metrics,
                             List<SampleResult> results) {
        public List<TaskSamples> tasks() {
            return TaskSamples.of(results);
        }
    }

    /** Every started cell's success at the same budget points (pooled over all cells), in one unit. */
    public record Budgets(CostUnit unit, double[] quantiles, double[] budgets, List<List<Interval>> byCell) {}

    /** One comparison: {@code why} says which axis of the grid it is; A is the baseline. */
    public record Pair(String why, CellResult a, CellResult b, RunComparison comparison, EqualBudget money) {}

    public static ExperimentReport of(Path dir, Experiment e, ClusterBootstrap bootstrap) {
        List<CellResult> cells = new ArrayList<>();
        for (Experiment.Cell c : e.cells()) {
            Optional<RunStore> run = e.run(dir, c);
            List<SampleResult> results = run.map(RunStore::results).orElse(List.of());
            cells.add(new CellResult(c, run, run.map(r -> RunMetrics.of(r.info(), results, bootstrap, r.validation())), results));
        }
        List<CellResult> started = cells.stream().filter(c -> c.run().isPresent()).toList();
        CostUnit unit = CostUnit.money(started.stream().map(CellResult::results).toList());
        List<Pair> pairs = new ArrayList<>();
        for (CellResult b : started) {
            find(started, "none", b.cell().verifier()).filter(a -> a != b).ifPresent(a ->
                    pairs.add(pair("policy " + b.cell().policy() + " vs none (verifier " + b.cell().verifier() + ")", a, b, unit, bootstrap)));
        }
        for (CellResult b : started) {
            find(started, b.cell().policy(), "oracle").filter(a -> a != b).ifPresent(a ->
                    pairs.add(pair("verifier " + b.cell().verifier() + " vs oracle (policy " + b.cell().policy() + ")", a, b, unit, bootstrap)));
        }
        return new ExperimentReport(dir, e, cells, budgets(started, unit, bootstrap), budgets(started, CostUnit.WALL, bootstrap),
                pairs);
    }

    private static Pair pair(String why, CellResult a, CellResult b, CostUnit unit, ClusterBootstrap bootstrap) {
        return new Pair(why, a, b, RunComparison.of(a.results(), b.results(), bootstrap),
                EqualBudget.of(a.results(), b.results(), unit, bootstrap));
    }

    private static Optional<CellResult> find(List<CellResult> cells, String policy, String verifier) {
        return cells.stream().filter(c -> c.cell().policy().equals(policy) && c.cell().verifier().equals(verifier)).findFirst();
    }

    private static Budgets budgets(List<CellResult> cells, CostUnit unit, ClusterBootstrap bootstrap) {
        double[] q = EqualBudget.QUANTILES;
        double[] budgets = BudgetCurve.budgets(cells.stream().map(CellResult::tasks).toList(), unit, q);
        List<List<Interval>> byCell = new ArrayList<>();
        for (CellResult c : cells) {
            List<Interval> row = new ArrayList<>();
            for (double b : budgets) {
                row.add(Double.isNaN(b) ? Interval.undefined() : EqualBudget.success(c.tasks(), b, unit, bootstrap));
            }
            byCell.add(List.copyOf(row));
        }
        return new Budgets(unit, q, budgets, List.copyOf(byCell));
    }

    /** The cells that have a run directory, in grid order (the rows of {@link Budgets#byCell}). */
    public List<CellResult> started() {
        return cells.stream().filter(c -> c.run().isPresent()).toList();
    }
}
