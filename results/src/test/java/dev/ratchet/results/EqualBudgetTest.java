package dev.ratchet.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Success at equal budget on hand-built runs whose every number is worked out by hand in the comments. */
class EqualBudgetTest {

    /** A sample whose rounds ("VH" pairs as in {@link Samples}) had spent these many tokens by their end. */
    static SampleResult spending(String task, int sample, String rounds, long... tokensByRound) {
        SampleResult plain = Samples.sample(task, sample, Outcome.FAILED, rounds.split(" "));
        List<SampleResult.Usage> spent = new ArrayList<>();
        for (long t : tokensByRound) spent.add(new SampleResult.Usage(t, 0, 0, t * 10, 0, 0));
        boolean passed = SuccessAt.passes(plain, plain.rounds().size());
        long total = tokensByRound[tokensByRound.length - 1];
        return new SampleResult(task, sample, passed ? Outcome.PASSED : Outcome.FAILED, plain.rounds(),
                plain.rounds().size(), null, new SampleResult.Usage(total, 0, 0, total * 10 + 999, 0, 0), List.of(), spent);
    }

    // A: t1 fails round 1 (100 tokens by then) and passes round 2 (200); t2 passes round 1 (50).
    // B: t1 passes round 1 (300); t2 fails both rounds (80, 160). t3 is only in A.
    private final List<SampleResult> a = List.of(spending("t1", 0, "-- ++", 100, 200), spending("t2", 0, "++", 50),
            spending("t3", 0, "++", 10));
    private final List<SampleResult> b = List.of(spending("t1", 0, "++", 300), spending("t2", 0, "-- --", 80, 160));

    @Test
    void aSampleSucceedsWithinABudgetWhenItsSubmissionCutAtTheLastRoundFinishedWithinItPasses() {
        SampleResult t1 = a.get(0);
        assertThat(BudgetCurve.passesWithin(t1, 99, CostUnit.TOKENS)).as("no round finished: nothing submitted").isFalse();
        assertThat(BudgetCurve.passesWithin(t1, 100, CostUnit.TOKENS)).as("round 1, wrong").isFalse();
        assertThat(BudgetCurve.passesWithin(t1, 199.9, CostUnit.TOKENS)).isFalse();
        assertThat(BudgetCurve.passesWithin(t1, 200, CostUnit.TOKENS)).as("round 2, right").isTrue();
        // wall time is counted from the rounds' own spending (10 ms a token here), not the row's total
        assertThat(BudgetCurve.passesWithin(t1, 2.0, CostUnit.WALL)).isTrue();
        assertThat(BudgetCurve.passesWithin(t1, 1.999, CostUnit.WALL)).isFalse();

        // rejected but right in round 1, then wrong in round 2: within round 1's budget it was submitted anyway
        SampleResult falls = spending("t", 0, "-+ --", 10, 20);
        assertThat(BudgetCurve.passesWithin(falls, 15, CostUnit.TOKENS)).isTrue();
        assertThat(BudgetCurve.passesWithin(falls, 20, CostUnit.TOKENS)).isFalse();
        assertThat(BudgetCurve.curve(TaskSamples.of(List.of(falls)), CostUnit.TOKENS)).containsExactly(
                new BudgetCurve.Step(0, 0), new BudgetCurve.Step(10, 1), new BudgetCurve.Step(20, 0));

        // a row without per-round spending counts its total for every round: round 1 is not credited early
        SampleResult old = Samples.sample("t", 0, Outcome.PASSED, "--", "++");
        old = new SampleResult(old.task(), 0, Outcome.PASSED, old.rounds(), 2, null, new SampleResult.Usage(70, 30, 0, 0, 0, 0));
        assertThat(BudgetCurve.passesWithin(old, 99, CostUnit.TOKENS)).isFalse();
        assertThat(BudgetCurve.passesWithin(old, 100, CostUnit.TOKENS)).isTrue();
    }

    @Test
    void theCurveIsTheMeanOverTasksStepByStep() {
        assertThat(BudgetCurve.curve(TaskSamples.of(a.subList(0, 2)), CostUnit.TOKENS)).containsExactly(
                new BudgetCurve.Step(0, 0), new BudgetCurve.Step(50, 0.5), new BudgetCurve.Step(200, 1));
        assertThat(BudgetCurve.curve(TaskSamples.of(b), CostUnit.TOKENS)).containsExactly(
                new BudgetCurve.Step(0, 0), new BudgetCurve.Step(300, 0.5));
        // two samples of one task weigh half as much each as the one sample of the other: mean over tasks
        List<SampleResult> uneven = List.of(spending("x", 0, "++", 10), spending("x", 1, "--", 10), spending("y", 0, "++", 40));
        List<BudgetCurve.Step> curve = BudgetCurve.curve(TaskSamples.of(uneven), CostUnit.TOKENS);
        assertThat(curve).containsExactly(new BudgetCurve.Step(0, 0), new BudgetCurve.Step(10, 0.25), new BudgetCurve.Step(40, 0.75));
        assertThat(BudgetCurve.at(curve, 39)).isEqualTo(0.25);
        assertThat(BudgetCurve.at(curve, 1e9)).isEqualTo(0.75);
    }

    @Test
    void matchedBudgetsAreQuantilesOfThePooledSpendingWithBothRatesAndThePairedDifference() {
        EqualBudget e = EqualBudget.of(a, b, CostUnit.TOKENS, ClusterBootstrap.DEFAULT);
        assertThat(e.commonTasks()).isEqualTo(2); // t3 is only in A
        // pooled totals over the common tasks: 50, 160, 200, 300; type-7 quantiles 132.5, 180, 225, 300
        assertThat(e.points()).extracting(EqualBudget.Point::budget).containsExactly(132.5, 180.0, 225.0, 300.0);
        // at 132.5 and 180: A has t2 only (0.5), B nothing (0); per task B − A is 0 (t1) and −1 (t2)
        // at 225: A both (1.0), B nothing; at 300 (max): A 1.0, B has t1 (0.5), per task 0 and −1
        double[][] expected = {{0.5, 0, -0.5}, {0.5, 0, -0.5}, {1, 0, -1}, {1, 0.5, -0.5}};
        for (int i = 0; i < expected.length; i++) {
            EqualBudget.Point p = e.points().get(i);
            assertThat(p.a().rate()).as("A at " + p.budget()).isCloseTo(expected[i][0], within(1e-12));
            assertThat(p.b().rate()).as("B at " + p.budget()).isCloseTo(expected[i][1], within(1e-12));
            assertThat(p.difference().rate()).as("B − A at " + p.budget()).isCloseTo(expected[i][2], within(1e-12));
            assertThat(p.difference().n()).isEqualTo(2);
        }
        // the bootstrap over two tasks draws (t1,t1), (t1,t2), (t2,t2): at 225 the difference is −1 in every draw
        EqualBudget.Point at225 = e.points().get(2);
        assertThat(at225.difference().low()).isEqualTo(-1.0);
        assertThat(at225.difference().high()).isEqualTo(-1.0);
        // at 132.5 the per-task differences are 0 and −1, so the draws' means span [−1, 0]
        assertThat(e.points().get(0).difference().low()).isEqualTo(-1.0);
        assertThat(e.points().get(0).difference().high()).isEqualTo(0.0);
        // the largest budget is every sample finished: each run's success as compare counts it
        RunComparison c = RunComparison.of(a, b, ClusterBootstrap.DEFAULT);
        assertThat(e.points().getLast().a().rate()).isEqualTo(c.rateA().rate());
        assertThat(e.points().getLast().b().rate()).isEqualTo(c.rateB().rate());

        String text = EqualBudgetTable.render(e);
        assertThat(text).contains("tokens spent (in + out)").contains("2 common tasks")
                .contains("133 tokens  q25").contains("300 tokens  max").contains("-0.500 [-1.00, +0.00] n=2");
    }

    @Test
    void dollarsOnlyWhenEveryRunHasAPriceElseTokens() {
        SampleResult priced = new SampleResult("t", 0, Outcome.PASSED, List.of(new RoundResult(1, true, true)), 1, null,
                new SampleResult.Usage(1, 1, 0.01, 1, 0, 0));
        assertThat(CostUnit.money(List.of(List.of(priced), List.of(priced)))).isEqualTo(CostUnit.USD);
        assertThat(CostUnit.money(List.of(List.of(priced), b))).isEqualTo(CostUnit.TOKENS);
    }
}
