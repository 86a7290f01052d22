package dev.ratchet.tasks.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The test frameworks' own machine-readable reports that Ratchet's test commands send on the {@link ResultChannel}
 * ({@code <nonce> <kind> <base64>}), read into {@link TestReport.Case}s. Reports whose framework prints nothing
 * readable beside them (go test, libtest, Catch2 with its JUnit reporter) also have a {@link #render} for the
 * people and the model reading the run.
 */
public enum ReportFormat {
    /** JUnit's legacy XML (the JUnit console launcher); the launcher prints its own summary. */
    JUNIT_XML("junit-xml"),
    /** Catch2's JUnit reporter (Exercism C++): JUnit XML, and the only output of the test binary. */
    CATCH_XML("catch-xml"),
    /**
     * CTest's {@code --output-junit} (a CMake project's {@code add_test}s): one test case per registered test, named by
     * it; CTest prints its own summary. CTest is a process of its own, each test another one.
     */
    CTEST_XML("ctest-xml"),
    /** {@code go test -json}: test2json events, one object a line. */
    GO_TEST_JSON("go-test-json"),
    /** Rust libtest's {@code --format json} (unstable; see {@code Languages}): one object a line per binary. */
    LIBTEST_JSON("libtest-json"),
    /** jest's {@code --json} result; jest prints its usual report to stderr as well. */
    JEST_JSON("jest-json");

    private final String kind;

    ReportFormat(String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static java.util.Optional<ReportFormat> ofKind(String kind) {
        for (ReportFormat f : values()) if (f.kind.equals(kind)) return java.util.Optional.of(f);
        return java.util.Optional.empty();
    }

    List<TestReport.Case> parse(byte[] report) throws Exception {
        return switch (this) {
            case JUNIT_XML, CATCH_XML -> junit(report, tc -> tc.getAttribute("classname") + "::" + tc.getAttribute("name"));
            case CTEST_XML -> junit(report, tc -> tc.getAttribute("name")); // CTest's classname repeats the name
            case GO_TEST_JSON -> goTest(report);
            case LIBTEST_JSON -> libtest(report);
            case JEST_JSON -> jest(report);
        };
    }

    /** What the framework's console output would have said, when it printed none; empty otherwise. */
    String render(byte[] report) {
        try {
            return switch (this) {
                case JUNIT_XML, CTEST_XML, JEST_JSON -> "";
                case CATCH_XML -> renderJunit(report);
                case GO_TEST_JSON -> renderGoTest(report);
                case LIBTEST_JSON -> renderLibtest(report);
            };
        } catch (Exception unreadable) {
            return "";
        }
    }

    /** JUnit XML: a testcase with a failure or error child failed, with skipped was skipped; {@code idOf} names it. */
    static List<TestReport.Case> junit(byte[] xml, java.util.function.Function<Element, String> idOf) throws Exception {
        List<TestReport.Case> out = new ArrayList<>();
        NodeList testcases = xml(xml).getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
            Element tc = (Element) testcases.item(i);
            String id = idOf.apply(tc);
            TestReport.Status status = TestReport.Status.PASSED;
            String detail = "";
            for (String tag : List.of("failure", "error")) {
                NodeList bad = tc.getElementsByTagName(tag);
                if (bad.getLength() > 0) {
                    status = TestReport.Status.FAILED;
                    detail = ((Element) bad.item(0)).getAttribute("message");
                }
            }
            if (status == TestReport.Status.PASSED && tc.getElementsByTagName("skipped").getLength() > 0) {
                status = TestReport.Status.SKIPPED;
            }
            out.add(new TestReport.Case(id, status, detail));
        }
        return out;
    }

    private static org.w3c.dom.Document xml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String renderJunit(byte[] report) throws Exception {
        StringBuilder out = new StringBuilder();
        NodeList testcases = xml(report).getElementsByTagName("testcase");
        int failed = 0;
        for (int i = 0; i < testcases.getLength(); i++) {
            Element tc = (Element) testcases.item(i);
            for (String tag : List.of("failure", "error")) {
                NodeList bad = tc.getElementsByTagName(tag);
                for (int j = 0; j < bad.getLength(); j++) {
                    failed++;
                    out.append("FAILED: ").append(tc.getAttribute("name")).append('\n')
                            .append(bad.item(j).getTextContent().strip()).append("\n\n");
                }
            }
        }
        return out.append(testcases.getLength()).append(" test cases, ").append(failed).append(" failed").toString();
    }

    /**
     * test2json events. Ids are {@code package::TestName} (subtests {@code TestName/sub}, as go prints them). A test
     * that started and never ended (the binary died) failed; so did a package whose build or run failed without a
     * failing test to show for it (a build error, {@code os.Exit} in {@code init}, a panic in {@code TestMain}).
     */
    static List<TestReport.Case> goTest(byte[] report) throws IOException {
        Map<String, TestReport.Case> cases = new LinkedHashMap<>();
        for (JsonNode e : jsonLines(report)) {
            String action = e.path("Action").asText();
            String pkg = e.path("Package").asText(e.path("ImportPath").asText());
            String test = e.path("Test").asText("");
            if (action.equals("build-fail")) {
                cases.put(pkg + "::(build)", new TestReport.Case(pkg + "::(build)", TestReport.Status.FAILED, "build failed"));
                continue;
            }
            String id = test.isEmpty() ? pkg + "::(package)" : pkg + "::" + test;
            TestReport.Status status = switch (action) {
                case "run" -> TestReport.Status.FAILED; // until it ends
                case "pass" -> TestReport.Status.PASSED;
                case "skip" -> TestReport.Status.SKIPPED;
                case "fail" -> TestReport.Status.FAILED;
                default -> null;
            };
            if (status == null) continue;
            if (test.isEmpty()) {
                // the package's own result is not a test: only a failure counts, passing adds nothing
                if (action.equals("fail")) cases.put(id, new TestReport.Case(id, status, "package failed"));
                continue;
            }
            cases.put(id, new TestReport.Case(id, status, action.equals("run") ? "did not finish" : ""));
        }
        return List.copyOf(cases.values());
    }

    private static String renderGoTest(byte[] report) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode e : jsonLines(report)) {
            if (e.has("Output")) out.append(e.path("Output").asText());
        }
        return out.toString().stripTrailing();
    }

    /** rustdoc's names for doc tests: {@code src/lib.rs - item (line 12)}. */
    private static final Pattern DOC_TEST = Pattern.compile(".+\\.rs - .* \\(line \\d+\\)");

    /**
     * libtest's json events, one stream per test binary (unit tests, each {@code tests/*.rs}, doc tests). Ids are
     * the test names. Doc tests are examples in the solution's own source, not the benchmark's tests: a failing one
     * fails the run (as {@code cargo test} does), a passing one is not a test the task expects.
     */
    static List<TestReport.Case> libtest(byte[] report) throws IOException {
        Map<String, TestReport.Case> cases = new LinkedHashMap<>();
        for (JsonNode e : jsonLines(report)) {
            if (!e.path("type").asText().equals("test")) continue;
            String name = e.path("name").asText();
            TestReport.Status status = switch (e.path("event").asText()) {
                case "started" -> TestReport.Status.FAILED; // until it ends
                case "ok" -> TestReport.Status.PASSED;
                case "ignored" -> TestReport.Status.SKIPPED;
                case "failed" -> TestReport.Status.FAILED;
                default -> null; // "timeout" is a warning, not an end
            };
            if (status == null) continue;
            if (DOC_TEST.matcher(name).matches() && status != TestReport.Status.FAILED) {
                cases.remove(name);
                continue;
            }
            boolean started = e.path("event").asText().equals("started");
            cases.put(name, new TestReport.Case(name, status, started ? "did not finish" : e.path("stdout").asText("")));
        }
        return List.copyOf(cases.values());
    }

    private static String renderLibtest(byte[] report) throws IOException {
        StringBuilder out = new StringBuilder();
        StringBuilder failures = new StringBuilder();
        for (JsonNode e : jsonLines(report)) {
            String event = e.path("event").asText();
            if (e.path("type").asText().equals("suite")) {
                if (!event.equals("started")) {
                    out.append("test result: ").append(event).append(". ").append(e.path("passed").asInt())
                            .append(" passed; ").append(e.path("failed").asInt()).append(" failed; ")
                            .append(e.path("ignored").asInt()).append(" ignored\n");
                }
                continue;
            }
            if (!e.path("type").asText().equals("test") || event.equals("started")) continue;
            out.append("test ").append(e.path("name").asText()).append(" ... ").append(event).append('\n');
            if (event.equals("failed")) {
                failures.append("---- ").append(e.path("name").asText()).append(" ----\n")
                        .append(e.path("stdout").asText("").strip()).append("\n\n");
            }
        }
        return (failures.isEmpty() ? "" : "failures:\n\n" + failures) + out.toString().stripTrailing();
    }

    /**
     * jest's json result. Ids are {@code file::describe > … > title}, the file relative to the directory all the
     * suite's test files share (jest reports absolute paths, which differ between sandboxes). A test file that
     * failed to run at all (a syntax error, a missing module) fails as {@code file::(suite)}.
     */
    static List<TestReport.Case> jest(byte[] report) throws IOException {
        JsonNode root = JSON.readTree(report);
        List<String> files = new ArrayList<>();
        root.path("testResults").forEach(r -> files.add(r.path("name").asText()));
        String common = commonDirectory(files);
        List<TestReport.Case> out = new ArrayList<>();
        for (JsonNode suite : root.path("testResults")) {
            String file = suite.path("name").asText().substring(common.length());
            int failedTests = 0;
            for (JsonNode a : suite.path("assertionResults")) {
                List<String> path = new ArrayList<>();
                a.path("ancestorTitles").forEach(t -> path.add(t.asText()));
                path.add(a.path("title").asText());
                TestReport.Status status = switch (a.path("status").asText()) {
                    case "passed" -> TestReport.Status.PASSED;
                    case "pending", "skipped", "todo", "disabled" -> TestReport.Status.SKIPPED;
                    default -> TestReport.Status.FAILED;
                };
                if (status == TestReport.Status.FAILED) failedTests++;
                String detail = a.path("failureMessages").isEmpty() ? "" : a.path("failureMessages").get(0).asText();
                out.add(new TestReport.Case(file + "::" + String.join(" > ", path), status, detail));
            }
            boolean suiteFailed = suite.path("status").asText().equals("failed") || suite.hasNonNull("testExecError");
            if (suiteFailed && failedTests == 0) {
                out.add(new TestReport.Case(file + "::(suite)", TestReport.Status.FAILED, suite.path("message").asText("")));
            }
        }
        return out;
    }

    private static String commonDirectory(List<String> files) {
        if (files.isEmpty()) return "";
        String common = files.getFirst().substring(0, files.getFirst().lastIndexOf('/') + 1);
        for (String f : files) {
            while (!f.startsWith(common)) common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
        }
        return common;
    }

    private static List<JsonNode> jsonLines(byte[] report) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(report, StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (l.startsWith("{")) out.add(JSON.readTree(l));
        }
        return out;
    }
}
