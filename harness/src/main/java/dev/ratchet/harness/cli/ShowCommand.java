package dev.ratchet.harness.cli;

import dev.ratchet.results.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one sample's trace: plan, tool calls and results, test outputs, hidden grade, timings.")
final class ShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "run directory")
    Path run;

    @Parameters(index = "1", description = "task id")
    String task;

    @Option(names = "--sample", defaultValue = "0", description = "sample number (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--max-chars", defaultValue = "2000", description = "cut long outputs after this many characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() {
        if (maxChars < 1) throw new UserError("--max-chars must be at least 1, got " + maxChars);
        if (sample < 0) throw new UserError("--sample must not be negative, got " + sample);
        RunStore store = ReportCommand.open(run);
        List<Integer> samples = store.tracedSamples(task);
        if (samples.isEmpty()) {
            throw new UserError("no trace for task '" + task + "' in " + run + " (tasks: "
                    + String.join(", ", store.tracedTasks()) + ")");
        }
        if (!samples.contains(sample)) {
            throw new UserError("task '" + task + "' has no sample " + sample + " (samples: " + samples + ")");
        }
        new TraceText(spec.commandLine().getOut(), maxChars, dev.ratchet.results.BranchOrigin.of(store.info()).orElse(null),
                store.info().model()).print(store.readTrace(task, sample));
        return 0;
    }
}
