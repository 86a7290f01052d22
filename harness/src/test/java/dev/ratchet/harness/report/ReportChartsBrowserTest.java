package dev.ratchet.harness.report;

import dev.ratchet.harness.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's charts as Chromium lays them out, on real runs of the simulated model in the local
 * sandbox: no legend or label box overlaps the data or another label, no key names a line that is
 * not drawn, charts that cannot say anything say why, and {@code --single-file} gives one page that
 * works with no {@code report-traces/} beside it.
 */
class ReportChartsBrowserTest {
    @TempDir static Path scratch;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start(scratch);
    }

    /** The browser is shared: drop what an earlier test left in the console (it is read, and so emptied, here). */
    @BeforeEach
    void drainConsole() {
        HeadlessChromium.consoleErrors(browser);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) browser.quit();
    }

    /** Boxes of every chart, in page pixels: what overlaps what, as sentences (empty: nothing does). */
    private static final String OVERLAPS = """
            const out = [];
            const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const box = (e) => e.getBoundingClientRect();
            const name = (e) => e.tagName + "." + (e.getAttribute("class") || "") + (e.textContent ? ' "' + e.textContent + '"' : "");
            for (const svg of document.querySelectorAll("#charts svg.chart")) {
              const chart = svg.getAttribute("class");
              const keys = [...svg.querySelectorAll(".legend rect, .legend text")];
              const marks = [...svg.querySelectorAll("rect.tp, rect.fn, rect.fp, rect.tn, circle, polygon.band, .series path, text.title")]
                .filter((m) => !m.closest(".legend"));
              for (const k of keys) for (const m of marks) if (hit(box(k), box(m))) out.push(chart + ": legend " + name(k) + " overlaps " + name(m));
              // Everything under the plot: x tick labels, the n= row, the x axis title.
              const under = [...svg.querySelectorAll("text.tick[text-anchor=middle], text.label:not([transform])")];
              for (let i = 0; i < under.length; i++) for (let j = i + 1; j < under.length; j++)
                if (hit(box(under[i]), box(under[j]))) out.push(chart + ": " + name(under[i]) + " overlaps " + name(under[j]));
            }
            return out;""";

    /** Per curve chart: the series it draws (a group with a point) and the series its legend names, which must agree. */
    private static final String KEYS_AND_LINES = """
            const out = [];
            for (const svg of document.querySelectorAll("#charts svg.chart")) {
              const drawn = [...svg.querySelectorAll("g.series")].filter((g) => g.querySelector("circle"))
                .map((g) => g.getAttribute("class").replace("series ", "")).sort().join(",");
              const keyed = [...svg.querySelectorAll(".legend rect")].map((r) => r.getAttribute("class").replace("key ", "")).sort().join(",");
              if (svg.querySelector("g.series") && drawn !== keyed) out.push(svg.getAttribute("class") + ": draws [" + drawn + "] but its legend names [" + keyed + "]");
            }
            return out;""";

    @Test
    void legendsAndLabelsOverlapNothingAndNameOnlyDrawnLines() throws Exception {
        Path run = run(suite(3), "2");
        Path html = report(run);
        browser.get(html.toUri().toString());

        assertThat(browser.findElements(By.cssSelector("#charts svg.chart"))).hasSize(6);
        assertThat(strings(browser.executeScript(OVERLAPS))).as("overlapping boxes").isEmpty();
        // success within budget: no price, so tokens, and wall time beside it, one line each
        assertThat(browser.findElements(By.cssSelector("svg.chart.budget text.label")).stream().map(WebElement::getText))
                .contains("tokens spent (in + out)", "wall time spent (s)");
        assertThat(browser.findElements(By.cssSelector("svg.chart.budget g.budget-line path"))).hasSize(2);
        assertThat(strings(browser.executeScript(KEYS_AND_LINES))).as("legend vs lines").isEmpty();
        // The confusion chart's bars fill the plot to 1, so a legend inside the plot would sit on them.
        assertThat(browser.findElements(By.cssSelector("svg.confusion rect.tp"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg.confusion text.tick")).stream().map(WebElement::getText))
                .contains("n=6");

        // The simulated model has no price: time instead of cost, and a sentence saying so.
        WebElement cost = browser.findElement(By.cssSelector("svg.chart.cost"));
        assertThat(cost.findElement(By.cssSelector("text.label")).getText()).isEqualTo("mean wall time per sample (s)");
        assertThat(cost.findElement(By.cssSelector("text.title")).getText()).startsWith("time vs success");
        List<Double> xs = cost.findElements(By.cssSelector("circle")).stream()
                .map(c -> Double.parseDouble(c.getAttribute("cx"))).toList();
        assertThat(xs).hasSize(3).anyMatch(x -> x > 60); // not all piled on the y axis at $0
        assertThat(caption("cost")).contains("No sample has a cost").contains("wall time");
        assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();
    }

    @Test
    void oneSamplePerTaskSaysPassAtKNeedsMoreSamplesAndDropsTheMixtureKey() throws Exception {
        // A resample run: its prediction is the resample model, whose Beta mixture needs several samples per task.
        Path html = report(run(suite(3), "1", "--policy", "resample"));
        browser.get(html.toUri().toString());

        WebElement passk = browser.findElement(By.cssSelector("svg.chart.passk"));
        assertThat(passk.findElement(By.cssSelector("text.message")).getText()).isEqualTo("needs --samples ≥ 2");
        assertThat(passk.findElements(By.cssSelector("circle"))).isEmpty();
        assertThat(caption("passk")).contains("one per task");

        // One sample per task: the Beta mixture cannot be fitted, so it has neither a line nor a key.
        WebElement success = browser.findElement(By.cssSelector("svg.chart.success"));
        assertThat(success.findElements(By.cssSelector("g.series.mixture circle"))).isEmpty();
        assertThat(success.findElements(By.cssSelector(".legend text")).stream().map(WebElement::getText))
                .containsExactly("observed", "uniform p");
        assertThat(caption("success")).contains("Beta mixture not drawn");
        assertThat(strings(browser.executeScript(KEYS_AND_LINES))).isEmpty();
        assertThat(strings(browser.executeScript(OVERLAPS))).isEmpty();
    }

    @Test
    void oneTaskRunDrawsNoZeroWidthBandAndSaysWhy() throws Exception {
        Path html = report(run(suite(1), "3"));
        browser.get(html.toUri().toString());

        assertThat(browser.findElements(By.cssSelector("svg.chart.success g.series.observed circle"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("svg.chart.success polygon.band, svg.chart.passk polygon.band")))
                .as("bands of a one-task run").isEmpty();
        assertThat(caption("success")).contains("One task").contains("zero width");
        assertThat(caption("passk")).contains("One task");
    }

    @Test
    void singleFileReportOpensAloneWithItsTracesInside() throws Exception {
        Path run = run(suite(1), "2");
        CliRunner.Result report = CliRunner.run("report", run.toString(), "--single-file");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("2 traces inside it");
        assertThat(run.resolve("report-traces")).doesNotExist();

        // The page alone, in a folder of its own: it is the whole report.
        Path alone = Files.createDirectories(scratch.resolve("mailed"));
        Path html = Files.copy(run.resolve("report.html"), alone.resolve("report.html"));
        try (Stream<Path> files = Files.list(alone)) {
            assertThat(files.toList()).containsExactly(html);
        }
        browser.get(html.toUri().toString());
        List<WebElement> rows = browser.findElements(By.cssSelector("#table tbody tr"));
        assertThat(rows).hasSize(2);
        rows.getLast().click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("trace")).getText().contains("plan"));
        assertThat(browser.findElement(By.id("trace")).getText()).contains("trace: calc-1 · sample 1")
                .contains("edit_file").contains("hidden grade");
        assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();

        // The default page copied alone has no traces: that is why the README says it needs report-traces/.
        assertThat(CliRunner.run("report", run.toString()).exit()).isZero();
        Path bare = Files.createDirectories(scratch.resolve("bare"));
        Path page = Files.copy(run.resolve("report.html"), bare.resolve("report.html"));
        browser.get(page.toUri().toString());
        browser.findElements(By.cssSelector("#table tbody tr")).getFirst().click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("trace")).getText().contains("no trace file for this sample"));
    }

    @Test
    void singleFileWithNoFilesIsOneLineOfUsageError() {
        CliRunner.Result r = CliRunner.run("report", scratch.toString(), "--single-file", "--no-files");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("ratchet: --single-file writes report.html, --no-files writes nothing: give one");
    }

    private static String caption(String chart) {
        return (String) browser.executeScript("return document.querySelector('svg.chart." + chart + "').closest('figure').innerText");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object fromScript) {
        return new ArrayList<>((List<String>) fromScript);
    }

    /** A suite of {@code tasks} copies of the fixture's calc task, ids calc-1 … calc-N. */
    private static Path suite(int tasks) throws Exception {
        Path calc = Path.of(ReportChartsBrowserTest.class.getResource("/fixture/calc").toURI());
        Path dir = Files.createTempDirectory(scratch, "suite");
        StringBuilder yaml = new StringBuilder("suite: charts-" + tasks + "\ntasks:\n");
        for (int i = 1; i <= tasks; i++) {
            copy(calc, dir.resolve("calc-" + i));
            yaml.append("  - id: calc-").append(i).append("\n    language: python\n")
                    .append("    instructions: calc-").append(i).append("/instructions.md\n")
                    .append("    workspace: calc-").append(i).append("/workspace/\n")
                    .append("    visible_tests: calc-").append(i).append("/tests/visible/\n")
                    .append("    hidden_tests: calc-").append(i).append("/tests/hidden/\n")
                    .append("    reference: calc-").append(i).append("/reference/\n")
                    .append("    timeout_seconds: 30\n");
        }
        return Files.writeString(dir.resolve("suite.yaml"), yaml);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static Path run(Path suite, String samples, String... more) throws IOException {
        Path runs = Files.createTempDirectory(scratch, "runs");
        String[] base = {"run", "--suite", suite.toString(), "--samples", samples,
                "--model", "sim:p=0.5,seed=3", "--runs-dir", runs.toString(), "--sandbox", "local"};
        CliRunner.Result r = CliRunner.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.findFirst().orElseThrow();
        }
    }

    private static Path report(Path run) {
        CliRunner.Result r = CliRunner.run("report", run.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return run.resolve("report.html");
    }
}
