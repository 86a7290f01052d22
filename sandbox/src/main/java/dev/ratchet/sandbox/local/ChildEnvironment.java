package dev.ratchet.sandbox.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a local sandbox's commands get: an allow-list, never the whole environment of Ratchet,
 * which may hold API keys ({@code OPENAI_API_KEY}) and Ratchet's own settings ({@code RATCHET_*}) that
 * would land in a trace or tell a hostile agent where the suite is. From the host: the command search path
 * and the locale; {@code HOME} and {@code TMPDIR} are the sandbox's own directories; the spec's variables
 * (which Ratchet itself sets, e.g. {@code JUNIT_JAR} or {@code RATCHET_JAVAC}) come last and win.
 */
final class ChildEnvironment {

    /**
     * Host variables a command may see: how to find programs (rustup's proxies look for their toolchains in
     * {@code $RUSTUP_HOME}, by default in the home directory that the command no longer has) and how to print text.
     */
    private static final List<String> FROM_HOST = List.of("PATH", "RUSTUP_HOME", "GOROOT", "LANG", "LANGUAGE",
            "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_COLLATE", "LC_TIME", "TZ");
    private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

    private ChildEnvironment() {}

    /**
     * @param home the sandbox-private home directory
     * @param tmp  the sandbox-private temp directory
     */
    static Map<String, String> build(Map<String, String> host, Map<String, String> spec, Path home, Path tmp) {
        var env = new HashMap<String, String>();
        for (var name : FROM_HOST) {
            var value = host.get(name);
            if (value != null) env.put(name, value);
        }
        env.putIfAbsent("PATH", DEFAULT_PATH);
        if (!env.containsKey("RUSTUP_HOME") && host.get("HOME") != null) {
            var rustup = Path.of(host.get("HOME"), ".rustup");
            if (Files.isDirectory(rustup)) env.put("RUSTUP_HOME", rustup.toString()); // where it was before HOME moved
        }
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.putAll(spec);
        return Map.copyOf(env);
    }
}
