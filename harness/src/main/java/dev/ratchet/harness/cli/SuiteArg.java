package dev.ratchet.harness.cli;

import dev.ratchet.tasks.BuiltinSuite;
import dev.ratchet.tasks.Suite;
import dev.ratchet.tasks.formats.SuiteFormats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a suite argument into a suite: {@code builtin}, or a path in any format {@link SuiteFormats}
 * reads (suite.yaml or its directory, Exercism exercises, HumanEval JSONL, SWE-bench instances),
 * detected unless {@code --format} names it.
 */
final class SuiteArg {
    private SuiteArg() {}

    static Suite load(String arg) {
        return load(arg, null);
    }

    static Suite load(String arg, String format) {
        if (arg == null || arg.equals(BuiltinSuite.NAME)) return BuiltinSuite.load();
        Path p = Path.of(arg);
        if (!Files.exists(p)) throw new UserError("suite not found: " + arg);
        return UserError.parsing(() -> SuiteFormats.load(p, Optional.ofNullable(format), CacheRoot.dir().resolve("suites")));
    }
}
