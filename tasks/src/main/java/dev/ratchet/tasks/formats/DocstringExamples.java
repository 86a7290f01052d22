package dev.ratchet.tasks.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * The input/output examples a HumanEval prompt's docstring shows, as written: doctest
 * ({@code >>> f(x)} with {@code ...} continuation lines, then the expected output up to a blank line,
 * the next {@code >>>} or the end of the docstring) and the inline styles {@code f(x) ==> y},
 * {@code == y}, {@code => y}, {@code -> y}, {@code ➞ y}, {@code = y}, {@code should return y},
 * {@code returns y}. This only finds them; whether call and value are clean Python, and whether the
 * reference passes them, is decided by Python itself ({@link ReferenceExampleCheck}): prose such as
 * {@code fib4(n) -> fib4(n-1) + …} or {@code == 1 + 9 + 0 + 0 = 10} looks like an example here.
 */
final class DocstringExamples {
    private DocstringExamples() {}

    enum Style { DOCTEST, INLINE }

    /** {@code line}: 1-based line of the prompt; {@code text}: the example as the docstring has it. */
    record Example(int line, Style style, String text, String call, String expected) {}

    /** Longest first, so {@code ==>} is not read as {@code ==} followed by a value {@code > True}. */
    private static final List<String> SEPARATORS = List.of("should return", "# returns", "returns", "# =>", "==>", "==", "=>",
            "->", "➞", "=");

    static List<Example> of(String prompt, String entryPoint) {
        List<Example> out = new ArrayList<>();
        String[] lines = prompt.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(">>>")) {
                int first = i;
                StringBuilder call = new StringBuilder(line.substring(3).strip());
                while (i + 1 < lines.length && lines[i + 1].strip().startsWith("...")) {
                    String more = lines[++i].strip();
                    call.append('\n').append(more.substring(more.startsWith("... ") ? 4 : 3));
                }
                List<String> expected = new ArrayList<>();
                while (i + 1 < lines.length && !endsOutput(lines[i + 1].strip())) expected.add(lines[++i].strip());
                out.add(new Example(first + 1, Style.DOCTEST, String.join("\n", List.of(lines).subList(first, i + 1).stream().map(String::strip).toList()),
                        call.toString(), String.join("\n", expected)));
                continue;
            }
            if (!line.startsWith("def ")) inline(i + 1, line, entryPoint).ifPresent(out::add);
        }
        return out;
    }

    private static boolean endsOutput(String line) {
        return line.isEmpty() || line.startsWith(">>>") || line.startsWith("\"\"\"") || line.startsWith("'''");
    }

    /** {@code entry(args) <separator> expected} anywhere in a line, the call found by balancing brackets. */
    private static java.util.Optional<Example> inline(int number, String line, String entryPoint) {
        int start = line.indexOf(entryPoint + "(");
        while (start > 0 && isIdent(line.charAt(start - 1))) start = line.indexOf(entryPoint + "(", start + 1);
        if (start < 0) return java.util.Optional.empty();
        int depth = 0;
        int end = -1;
        char quote = 0;
        for (int i = start + entryPoint.length(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth--;
            if (depth == 0) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) return java.util.Optional.empty();
        String rest = line.substring(end).strip();
        for (String sep : SEPARATORS) {
            if (rest.startsWith(sep)) {
                String expected = rest.substring(sep.length()).strip();
                if (expected.isEmpty()) return java.util.Optional.empty();
                return java.util.Optional.of(new Example(number, Style.INLINE, line, line.substring(start, end), expected));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** How an example's value is compared with what the call returned: floats within a tolerance, else {@code ==}. */
    static final String SAME = """
            def same(got, want):
                if isinstance(got, float) or isinstance(want, float):
                    try:
                        return math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-9)
                    except TypeError:
                        return False
                return got == want
            """;

    /**
     * The visible tests: the kept examples, each a call and a Python literal that the reference was
     * seen to return, compared as {@code humaneval_examples.py} compared them.
     */
    static String testScript(List<ExampleSelection.Kept> examples) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The docstring's examples that the reference solution passes (visible tests).\n")
                .append("import ast\nimport math\n")
                .append("import solution as _solution\n")
                .append("EXAMPLES = [\n");
        for (ExampleSelection.Kept e : examples) {
            sb.append("    (").append(pyString(e.call())).append(", ").append(pyString(e.expected())).append("),\n");
        }
        sb.append("]\n\n").append(SAME).append("\n\n").append("""
                failed = 0
                for call, want in EXAMPLES:
                    env = dict(vars(_solution))
                    try:
                        got = eval(call, env)
                    except Exception as e:
                        print(f"FAIL {call}: raised {type(e).__name__}: {e}")
                        failed += 1
                        continue
                    if not same(got, ast.literal_eval(want)):
                        print(f"FAIL {call}: expected {want}, got {got!r}")
                        failed += 1
                print(f"{len(EXAMPLES) - failed} of {len(EXAMPLES)} examples pass")
                raise SystemExit(1 if failed else 0)
                """);
        return sb.toString();
    }

    /** A JSON string literal is a valid Python string literal (and keeps non-ASCII readable). */
    static String pyString(String s) {
        try {
            return JsonRecords.JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
