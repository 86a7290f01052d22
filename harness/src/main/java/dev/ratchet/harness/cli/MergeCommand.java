package dev.ratchet.harness.cli;

import dev.ratchet.results.RunId;
import dev.ratchet.results.RunMerge;
import dev.ratchet.results.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the run directories of shards (run --shard i/n) into one run directory.")
final class MergeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "2..*", description = "run directories of the shards")
    List<Path> parts;

    @Option(names = "--runs-dir", defaultValue = "runs", description = "where the merged run goes (default: ${DEFAULT-VALUE})")
    Path runsDir;

    @Override
    public Integer call() {
        List<RunStore> stores = parts.stream().map(ReportCommand::open).toList();
        RunStore merged = UserError.parsing(() -> RunMerge.merge(stores, runsDir, RunId.generate()));
        spec.commandLine().getOut().printf("merged %d runs (%d samples) into %s%n", stores.size(),
                merged.results().size(), merged.dir());
        return 0;
    }
}
