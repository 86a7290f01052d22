package dev.ratchet.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two runs compared at the same budgets (docs/metrics.md "Success at equal budget"): at each budget point, each
 * run's success within it and the paired difference B − A, over the tasks both runs graded, each with a
 * task-clustered bootstrap interval (the difference resamples tasks, keeping each task's pair together).
 * The budget points are quantiles of the two runs' pooled per-sample spending ({@link #QUANTILES}).
 */
public record EqualBudget(CostUnit unit, int commonTasks, List<Point> points) {

    /** The 25th, 50th and 75th percentile, and the largest spending, where every sample has finished. */
    public static final double[] QUANTILES = {0.25, 0.5, 0.75, 1.0};

    public EqualBudget {
        points = List.copyOf(points);
    }

    /** One budget: the quantile of pooled spending it is, its amount, each run's success and B − A. */
    public record Point(double quantile, double budget, Interval a, Interval b, Interval difference) {}

    public static EqualBudget of(List<SampleResult> a, List<SampleResult> b, CostUnit unit, ClusterBootstrap bootstrap) {
        Map<String, TaskSamples> tasksA = byTask(a);
        Map<String, TaskSamples> tasksB = byTask(b);
        List<TaskSamples> commonA = tasksA.values().stream().filter(t -> tasksB.containsKey(t.task())).toList();
        List<TaskSamples> commonB = commonA.stream().map(t -> tasksB.get(t.task())).toList();
        double[] budgets = BudgetCurve.budgets(List.of(commonA, commonB), unit, QUANTILES);
        List<Point> points = new java.util.ArrayList<>();
        for (int q = 0; q < QUANTILES.length; q++) {
            double budget = budgets[q];
            if (Double.isNaN(budget)) break;
            double[] rateA = rates(commonA, budget, unit);
            double[] rateB = rates(commonB, budget, unit);
            double[] diff = new double[rateA.length];
            for (int i = 0; i < diff.length; i++) diff[i] = rateB[i] - rateA[i];
            points.add(new Point(QUANTILES[q], budget, bootstrap.mean(rateA), bootstrap.mean(rateB), bootstrap.mean(diff)));
        }
        return new EqualBudget(unit, commonA.size(), points);
    }

    /** One run's success within {@code budget}, mean over its tasks with a task-clustered interval. */
    public static Interval success(List<TaskSamples> tasks, double budget, CostUnit unit, ClusterBootstrap bootstrap) {
        return bootstrap.mean(rates(tasks, budget, unit));
    }

    private static double[] rates(List<TaskSamples> tasks, double budget, CostUnit unit) {
        double[] rates = new double[tasks.size()];
        for (int i = 0; i < rates.length; i++) rates[i] = BudgetCurve.rate(tasks.get(i), budget, unit);
        return rates;
    }

    private static Map<String, TaskSamples> byTask(List<SampleResult> results) {
        Map<String, TaskSamples> map = new LinkedHashMap<>();
        for (TaskSamples t : TaskSamples.of(results)) map.put(t.task(), t);
        return map;
    }
}
