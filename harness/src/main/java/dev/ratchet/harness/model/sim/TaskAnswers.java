package dev.ratchet.harness.model.sim;

import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.TaskFiles;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A task's reference files, their pristine versions and their mutants; computed once per task. */
record TaskAnswers(Map<String, String> reference, Map<String, String> pristine, List<Mutant> mutants) {

    private static final Map<String, TaskAnswers> CACHE = new ConcurrentHashMap<>();

    static TaskAnswers of(Task task) {
        return CACHE.computeIfAbsent(task.id() + "@" + task.workspace().toUri(), k -> {
            Map<String, String> reference = TaskFiles.reference(task);
            Map<String, String> pristine = TaskFiles.pristineOf(task, reference.keySet());
            return new TaskAnswers(reference, pristine, Mutator.all(reference, pristine));
        });
    }
}
