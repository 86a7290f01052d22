package dev.ratchet.harness.cli;

import dev.ratchet.results.ClusterBootstrap;
import dev.ratchet.results.ComparisonTable;
import dev.ratchet.results.CostUnit;
import dev.ratchet.results.EqualBudget;
import dev.ratchet.results.EqualBudgetTable;
import dev.ratchet.results.SampleResult;
import dev.ratchet.results.TaskSamples;
import dev.ratchet.results.html.ComparisonPage;
import picocli.CommandLine.Option;
import dev.ratchet.results.RunComparison;
import dev.ratchet.results.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs on the tasks both ran: paired difference of success with a task-clustered "
                + "bootstrap interval, McNemar's exact test, the tasks that flipped, and success at equal budgets (tokens or USD, "
                + "and wall time) with intervals for each run and for the difference.")
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "run directory A (baseline)")
    Path runA;

    @Parameters(index = "1", description = "run directory B")
    Path runB;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a page with both runs' success-within-budget "
            + "curves on one chart (tokens or USD, and wall time) and this text")
    Path html;

    @Override
    public Integer call() {
        RunStore a = ReportCommand.open(runA);
        RunStore b = ReportCommand.open(runB);
        List<SampleResult> ra = a.results();
        List<SampleResult> rb = b.results();
        RunComparison c = RunComparison.of(ra, rb, ClusterBootstrap.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder text = new StringBuilder(ComparisonTable.render(a.info(), b.info(), c));
        CostUnit money = CostUnit.money(List.of(ra, rb));
        for (CostUnit unit : List.of(money, CostUnit.WALL)) {
            text.append('\n').append(EqualBudgetTable.render(EqualBudget.of(ra, rb, unit, ClusterBootstrap.DEFAULT)));
        }
        out.print(text);
        if (html != null) {
            ComparisonPage.write(html, new ComparisonPage.Side(a.info().runId(), TaskSamples.of(ra)),
                    new ComparisonPage.Side(b.info().runId(), TaskSamples.of(rb)), money, text.toString());
            out.println();
            out.println("wrote " + html);
        }
        out.flush();
        return 0;
    }
}
