package dev.ratchet.harness.cli;

import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.results.SuiteValidation;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.docker.WarmContainerPool;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;
import dev.ratchet.tasks.grading.TaskValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List and validate the tasks of a suite.",
        subcommands = {TasksCommand.ListTasks.class, TasksCommand.Validate.class})
final class TasksCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tasks of a suite.")
    static final class ListTasks implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", defaultValue = "builtin", description = "builtin, a suite.yaml or its directory, Exercism exercises, a HumanEval or SWE-bench file (default: ${DEFAULT-VALUE})")
        String suite;

        @Option(names = "--format", description = "suite format: yaml, exercism, humaneval or swebench (default: detected)")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Suite s = SuiteArg.load(suite, format);
            out.printf("suite %s (%s, %d tasks, %s)%n", s.name(), s.source(), s.tasks().size(), s.hash());
            out.printf("%-28s %-8s %5s %7s %6s  %s%n", "id", "language", "files", "visible", "hidden", "test command");
            for (Task t : s.tasks()) {
                out.printf("%-28s %-8s %5d %7d %6d  %s%n", t.id(), t.language(),
                        TaskFiles.relativeFiles(t.workspace()).size(), TaskFiles.relativeFiles(t.visibleTests()).size(),
                        TaskFiles.relativeFiles(t.hiddenTests()).size(), abbreviate(String.join(" ", t.testCommand())));
                ExampleNotes.task(out, t);
            }
            ExampleNotes.total(out, s.tasks());
            return 0;
        }

        private static String abbreviate(String s) {
            return s.length() <= 48 ? s : s.substring(0, 45) + "...";
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check every task: the reference passes the visible and hidden tests, the untouched workspace fails the hidden tests.",
                    "Findings are saved (merged per task) in the cache, $RATCHET_CACHE/validation/<suite hash>.json (default ~/.cache/ratchet), where `ratchet run` and `ratchet report` find them."})
    static final class Validate implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", defaultValue = "builtin", description = "builtin, a suite.yaml or its directory, Exercism exercises, a HumanEval or SWE-bench file (default: ${DEFAULT-VALUE})")
        String suite;

        @Option(names = "--format", description = "suite format: yaml, exercism, humaneval or swebench (default: detected)")
        String format;

        @Mixin
        SandboxOptions sandbox;

        @Option(names = "--repeat", defaultValue = "1", description = "also run each reference N more times against the hidden tests and flag tasks whose result changes (flaky)")
        int repeat;

        @Option(names = "--tasks", description = "only tasks whose id matches this glob, e.g. 'py-*'; the other tasks' saved findings are kept")
        String taskGlob;

        @Option(names = "--out", description = "also write the findings (JSON, as saved in the cache) to this file")
        Path outFile;

        @Override
        public Integer call() {
            if (repeat < 1) throw new UserError("--repeat must be at least 1");
            PrintWriter out = spec.commandLine().getOut();
            Suite s = SuiteArg.load(suite, format);
            List<Task> tasks = TaskGlob.select(s.tasks(), taskGlob);
            List<String> images = tasks.stream().map(Task::image).distinct().toList();
            SandboxFactory sandboxes = sandbox.choose(images, CacheRoot.dir(), spec.commandLine().getErr());
            // Every run of a validation is a one-shot sandbox, one at a time: two warm containers per image keep one
            // ready while the other is scrubbed.
            Optional<WarmContainerPool> pool = sandbox.pool(sandboxes, 2, images);
            TaskValidator validator = new TaskValidator(pool.<SandboxFactory>map(p -> p).orElse(sandboxes));
            ValidationRecorder recorder = new ValidationRecorder(new SuiteValidation(s.name(), s.hash(), repeat,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), List.of()),
                    ValidationFile.inCache(CacheRoot.dir(), s.hash()), outFile, spec.commandLine().getErr());
            int exit;
            try (WarmContainerPool closedAtTheEnd = pool.orElse(null)) {
                exit = new SuiteValidator(validator, recorder, repeat, out).validate(tasks);
            }
            String saved = recorder.destinations();
            if (!saved.isEmpty()) out.printf("findings saved to %s%n", saved);
            return exit;
        }
    }
}
