package dev.ratchet.harness.cli;

import dev.ratchet.tasks.Task;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * {@code --tasks GLOB}: the tasks whose id matches, e.g. {@code 'py-*'} or {@code 'rust/*'}. A '/' in an id
 * may also be written '_' ({@code 'rust_*'}), the way the id appears in file names.
 */
final class TaskGlob {
    private TaskGlob() {}

    /** All tasks when {@code glob} is null; a glob that matches nothing is a user error. */
    static List<Task> select(List<Task> all, String glob) {
        if (glob == null) return all;
        PathMatcher m;
        try {
            m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UserError("--tasks '" + glob + "' is not a glob: " + e.getDescription());
        }
        List<Task> picked = all.stream()
                .filter(t -> m.matches(Path.of(t.id())) || m.matches(Path.of(t.id().replace('/', '_'))))
                .toList();
        if (picked.isEmpty()) throw new UserError("--tasks '" + glob + "' matches no task of the suite");
        return picked;
    }
}
