package dev.ratchet.tasks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which workspace files the agent may change: only those reach the grader; every other file is laid from the
 * pristine task. {@code globs} may be changed, created or deleted; {@code newFileGlobs} may only be created (not
 * pristine files that match them). On top of both, {@link ProtectedPaths} are never editable: test files, test
 * runners, build and test configuration, and new files that would shadow Python's standard library or test
 * framework. Globs are '/'-separated: {@code *} within a name, {@code **} across directories ({@code **}/ may
 * match none), {@code ?} one character.
 */
public record Editable(List<String> globs, List<String> newFileGlobs) {

    /** The default of YAML tasks and SWE-bench: anything but the protected paths. */
    public static final Editable ANY = new Editable(List.of("**"), List.of());

    public Editable {
        globs = List.copyOf(globs);
        newFileGlobs = List.copyOf(newFileGlobs);
        globs.forEach(Editable::regex);
        newFileGlobs.forEach(Editable::regex);
    }

    /** Exactly these files (HumanEval: {@code solution.py}). */
    public static Editable only(Collection<String> paths) {
        return new Editable(paths.stream().map(Editable::literal).toList(), List.of());
    }

    /** These files, plus new files in their directories (Exercism: {@code files.solution}). */
    public static Editable besides(Collection<String> paths) {
        Set<String> dirs = new LinkedHashSet<>();
        for (String p : paths) {
            int slash = p.lastIndexOf('/');
            dirs.add(slash < 0 ? "*" : literal(p.substring(0, slash)) + "/*");
        }
        return new Editable(paths.stream().map(Editable::literal).toList(), List.copyOf(dirs));
    }

    /** @param pristine whether the task's pristine workspace or tests have a file at {@code path} */
    public boolean allows(String path, boolean pristine) {
        if (ProtectedPaths.isProtected(path, pristine)) return false;
        if (globs.stream().anyMatch(g -> matches(g, path))) return true;
        return !pristine && newFileGlobs.stream().anyMatch(g -> matches(g, path));
    }

    static boolean matches(String glob, String path) {
        return regex(glob).matcher(path).matches();
    }

    private static Pattern regex(String glob) {
        if (glob.isBlank() || glob.startsWith("/") || List.of(glob.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a workspace glob: '" + glob + "'");
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean dirs = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                re.append(dirs ? "(?:.*/)?" : ".*");
                i += dirs ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static String literal(String path) {
        return path.replaceAll("([*?])", "?"); // a literal '*' or '?' in a file name still matches itself
    }
}
