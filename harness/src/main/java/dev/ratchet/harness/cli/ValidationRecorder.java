package dev.ratchet.harness.cli;

import dev.ratchet.results.SuiteValidation;
import dev.ratchet.results.ValidationFile;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.TaskValidator;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves what {@code tasks validate} finds after every task, so an interrupted validation of a large
 * suite keeps what it did: merged into the suite's cache file (other tasks' entries stay) and, with
 * {@code --out}, the same document written to that file.
 */
final class ValidationRecorder {
    private final SuiteValidation header;
    private final Path cacheFile;
    private final Path outFile;
    private final PrintWriter err;
    private final List<SuiteValidation.TaskValidation> tasks = new ArrayList<>();
    private boolean cacheUnwritable;

    /** {@code header}: suite, repeat and time of this validation, with no tasks yet; {@code outFile} may be null. */
    ValidationRecorder(SuiteValidation header, Path cacheFile, Path outFile, PrintWriter err) {
        this.header = header;
        this.cacheFile = cacheFile;
        this.outFile = outFile;
        this.err = err;
    }

    void record(Task task, TaskValidator.Report report, TaskValidator.Stability stability) {
        save(entry(task, report, stability));
    }

    /** A task whose validation ended in a fault: saved as its error (older findings of it are kept). */
    void recordError(Task task, String error) {
        save(SuiteValidation.TaskValidation.failed(task.id(), error));
    }

    private void save(SuiteValidation.TaskValidation entry) {
        tasks.add(entry);
        SuiteValidation findings = new SuiteValidation(header.suiteName(), header.suiteHash(), header.repeat(),
                header.validatedAt(), tasks);
        SuiteValidation saved = findings;
        if (!cacheUnwritable) {
            try {
                saved = ValidationFile.update(cacheFile, findings).content();
            } catch (UncheckedIOException e) {
                // The validation itself is what the user asked for; a read-only cache must not end it.
                cacheUnwritable = true;
                err.println("ratchet: note: validation findings not saved in the cache: " + e.getMessage());
            }
        }
        if (outFile != null) ValidationFile.write(outFile, saved);
    }

    /** Where the findings went, for the last line of output. */
    String destinations() {
        String cache = cacheUnwritable ? "" : cacheFile.toString();
        String out = outFile == null ? "" : outFile.toString();
        return cache.isEmpty() || out.isEmpty() ? cache + out : cache + " and " + out;
    }

    /** {@code stability} is null without {@code --repeat}: then the reference met the hidden tests once. */
    static SuiteValidation.TaskValidation entry(Task task, TaskValidator.Report report, TaskValidator.Stability stability) {
        List<String> visible = ids(report.visibleTests());
        List<String> graded = ids(report.gradedTests());
        if (stability == null || stability.runs() <= 1) {
            return new SuiteValidation.TaskValidation(task.id(), report.passed(), report.referencePassed(),
                    task.reference().isPresent() ? 1 : 0, null, false, visible, graded);
        }
        return new SuiteValidation.TaskValidation(task.id(), report.passed(), report.referencePassed(),
                stability.runs(), stability.passed(), stability.flaky(), visible, graded);
    }

    /** Sorted, or null when the run reported no per-test results. */
    private static List<String> ids(java.util.Set<String> ids) {
        return ids.isEmpty() ? null : ids.stream().sorted().toList();
    }
}
