package dev.ratchet.harness.report;

import dev.ratchet.harness.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The experiment's report.html as Chromium shows it: the grid table and the equal-budget charts over every cell. */
class ExperimentReportBrowserTest {
    @TempDir Path scratch;

    @Test
    void theReportShowsTheGridTableAndTheEqualBudgetChartOfEveryCell() throws Exception {
        HeadlessChromium.assumePresent();
        Path dir = scratch.resolve("exp");
        CliRunner.Result r = CliRunner.run("experiment", "builtin", "--policy", "resample,repair", "--verifier", "visible,oracle",
                "--rounds", "2", "--tasks", "py-*", "--max-tasks", "3", "--sandbox", "local", "--out", dir.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();

        ChromeDriver browser = HeadlessChromium.start(scratch);
        try {
            browser.get(dir.resolve("report.html").toUri().toString());
            List<WebElement> rows = browser.findElements(By.cssSelector("#grid-table tbody tr"));
            assertThat(rows.stream().map(row -> row.getAttribute("data-cell")))
                    .containsExactly("resample-visible", "resample-oracle", "repair-visible", "repair-oracle");
            List<String> head = browser.findElements(By.cssSelector("#grid-table thead th")).stream().map(WebElement::getText).toList();
            assertThat(head).contains("success@1", "success@2", "predicted@K uniform p", "p, a, b");
            for (WebElement row : rows) {
                // observed success@1 and @2, each a rate with its interval and n
                List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                assertThat(cells.get(head.indexOf("success@1"))).matches("\\d\\.\\d{3} \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] n=3");
                assertThat(cells.get(head.indexOf("success@2"))).matches("\\d\\.\\d{3} \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] n=3");
            }
            assertThat(rows.get(1).getText()).contains("(upper bound)"); // the oracle cell says what it is

            List<WebElement> charts = browser.findElements(By.cssSelector("#budget svg.chart.budget"));
            assertThat(charts).hasSize(2);
            for (WebElement chart : charts) {
                List<WebElement> lines = chart.findElements(By.cssSelector("g.budget-line path"));
                assertThat(lines).hasSize(4);
                for (WebElement line : lines) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> box = (Map<String, Object>) browser.executeScript(
                            "const b = arguments[0].getBoundingClientRect(); return {w: b.width, h: b.height};", line);
                    assertThat(((Number) box.get("w")).doubleValue()).as("a drawn line is wide").isGreaterThan(100);
                }
            }
            assertThat(browser.findElements(By.cssSelector("#budget ul.budget-legend")).getFirst()
                    .findElements(By.tagName("li")).stream().map(WebElement::getText))
                    .containsExactly("resample · visible", "resample · oracle", "repair · visible", "repair · oracle");
            assertThat(browser.findElement(By.cssSelector("#budget svg.chart.budget text.label")).getText())
                    .isEqualTo("tokens spent (in + out)");
            assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

            // each cell links to its own run's report, which has the cell's budget curve too
            browser.findElement(By.linkText("repair · visible")).click();
            assertThat(browser.getCurrentUrl()).endsWith("repair-visible/report.html");
            assertThat(browser.findElements(By.cssSelector("svg.chart.budget g.budget-line path"))).hasSize(2);
        } finally {
            browser.quit();
        }
    }
}
