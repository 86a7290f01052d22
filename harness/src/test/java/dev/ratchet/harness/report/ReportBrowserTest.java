package dev.ratchet.harness.report;

import dev.ratchet.harness.cli.CliRunner;
import dev.ratchet.results.RunStore;
import dev.ratchet.results.SuiteValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens a real run's report.html from file:// in headless Chromium: the charts and the task table
 * are there, a trace opens on click, the console stays clean. See {@link HeadlessChromium} for
 * when it skips; {@link ReportChartsBrowserTest} checks the charts' layout.
 */
class ReportBrowserTest {
    @TempDir Path runs;

    @Test
    void reportOpensInAHeadlessBrowser() throws Exception {
        HeadlessChromium.assumePresent();
        String suite = Path.of(getClass().getResource("/fixture/suite.yaml").toURI()).toString();
        CliRunner.Result run = CliRunner.run("run", "--suite", suite, "--samples", "4", "--model", "sim:p=0.5,seed=2",
                "--runs-dir", runs.toString(), "--sandbox", "local");
        assertThat(run.exit()).as(run.err()).isZero();
        Path dir;
        try (Stream<Path> dirs = Files.list(runs)) {
            dir = dirs.findFirst().orElseThrow();
        }
        // calc's reference was found flaky: the table marks its rows.
        RunStore store = RunStore.open(dir);
        store.saveValidation(new SuiteValidation(store.info().suiteName(), store.info().suiteHash(), 5,
                "2026-01-01T00:00:00Z", List.of(new SuiteValidation.TaskValidation("calc", true, true, 5, 3, true))));
        CliRunner.Result report = CliRunner.run("report", dir.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        Path html = dir.resolve("report.html");
        assertThat(html).exists();

        ChromeDriver browser = HeadlessChromium.start(runs);
        try {
            browser.get(html.toUri().toString());
            List<WebElement> charts = browser.findElements(By.cssSelector("#charts svg.chart"));
            assertThat(charts).hasSizeGreaterThanOrEqualTo(4);
            List<WebElement> rows = browser.findElements(By.cssSelector("#table tbody tr"));
            assertThat(rows).hasSize(4);
            assertThat(browser.findElements(By.cssSelector("#table tbody tr td:first-child .chip.flaky"))).hasSize(4);
            assertThat(browser.findElement(By.cssSelector("#flaky table.flaky-tasks")).getText()).contains("calc").contains("3/5");

            rows.getFirst().click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(d -> d.findElement(By.id("trace")).getText().contains("plan"));
            String trace = browser.findElement(By.id("trace")).getText();
            assertThat(trace).contains("trace: calc").contains("edit_file").contains("hidden");

            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "report-screenshot.png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            List<LogEntry> errors = HeadlessChromium.consoleErrors(browser);
            assertThat(errors).as("console errors").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
