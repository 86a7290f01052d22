package dev.ratchet.harness.cli;

import dev.ratchet.results.RetrievalSample;
import dev.ratchet.results.RetrievalSummary;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SampleResult;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Retrieval metrics of runs: recall of the files to change before the first edit, retrieval "
                + "calls and bytes, and success per tool set (compare a --tools standard and a --tools retrieval run).")
final class RetrievalCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "run directories")
    List<Path> runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RetrievalSummary> summaries = new ArrayList<>();
        for (Path dir : runs) {
            RunStore store = ReportCommand.open(dir);
            Map<String, Object> config = store.info().config();
            String tools = String.valueOf(config.getOrDefault("tools", "standard"));
            Map<String, Set<String>> targets = targets(String.valueOf(config.getOrDefault("suite", "builtin")), out);
            List<RetrievalSample> samples = new ArrayList<>();
            for (SampleResult r : store.results()) {
                samples.add(RetrievalSample.of(r, store.readTrace(r.task(), r.sample()), targets.get(r.task())));
            }
            summaries.add(RetrievalSummary.of(store.info().runId(), tools, samples));
        }
        out.print(RetrievalSummary.render(summaries));
        out.println("recall: share of the files the reference changes that were read (view_file/read_chunk) before the first edit");
        return 0;
    }

    /** Per task, the files its reference changes; empty (recall unknown) if the suite is gone. */
    private static Map<String, Set<String>> targets(String suiteArg, PrintWriter out) {
        Suite suite;
        try {
            suite = SuiteArg.load(suiteArg);
        } catch (RuntimeException e) {
            out.println("note: suite '" + suiteArg + "' not loadable (" + e.getMessage() + "); recall unknown");
            return Map.of();
        }
        Map<String, Set<String>> byTask = new HashMap<>();
        for (Task t : suite.tasks()) {
            if (t.reference().isEmpty()) continue;
            Map<String, String> ref = TaskFiles.reference(t);
            Map<String, String> pristine = TaskFiles.pristineOf(t, ref.keySet());
            byTask.put(t.id(), ref.keySet().stream().filter(p -> !ref.get(p).equals(pristine.get(p)))
                    .collect(Collectors.toSet()));
        }
        return byTask;
    }
}
