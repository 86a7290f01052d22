package dev.ratchet.harness.report;

import dev.ratchet.harness.cli.CacheRoot;
import dev.ratchet.harness.cli.CliRunner;
import dev.ratchet.results.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A branch run's report in headless Chromium: the header names the parent, the trace viewer marks where the branch starts. */
class BranchReportBrowserTest {
    @TempDir Path tmp;

    static Path onlyRun(Path runs) throws Exception {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void theTraceViewerShowsTheSharedPrefixAndWhereTheBranchStarts() throws Exception {
        HeadlessChromium.assumePresent();
        System.setProperty(CacheRoot.PROPERTY, tmp.resolve("cache").toString());
        CliRunner.Result parent = CliRunner.run("run", "--tasks", "py-roman-numerals", "--model", "sim:p=0.0,repair=0.0,seed=1",
                "--rounds", "1", "--sandbox", "local", "--runs-dir", tmp.resolve("parent").toString());
        assertThat(parent.exit()).as(parent.err()).isZero();
        Path from = onlyRun(tmp.resolve("parent"));
        CliRunner.Result branch = CliRunner.run("branch", from.toString(), "py-roman-numerals", "--from-step", "3",
                "--model", "sim:p=1.0,seed=5", "--sandbox", "local", "--runs-dir", tmp.resolve("branch").toString());
        assertThat(branch.exit()).as(branch.out() + branch.err()).isZero();
        Path dir = onlyRun(tmp.resolve("branch"));
        CliRunner.Result report = CliRunner.run("report", dir.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("branch of run " + RunStore.open(from).info().runId() + " (task py-roman-numerals sample 0)"
                + " after step 3 (round 1): every sample replays the parent's steps 1–3");

        ChromeDriver browser = HeadlessChromium.start(tmp);
        try {
            browser.get(dir.resolve("report.html").toUri().toString());
            assertThat(browser.findElement(By.cssSelector("header .sub")).getText()).contains("branch of run").contains("after step 3");
            browser.findElements(By.cssSelector("#table tbody tr")).getFirst().click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#trace .ev.branch")).isEmpty());
            List<String> blocks = browser.findElements(By.cssSelector("#trace > *")).stream().map(WebElement::getText).toList();
            int mark = indexOf(blocks, "branch starts here: steps 1–3 above were replayed from run");
            assertThat(indexOf(blocks, "step 3 · model reply (replayed)")).isBetween(0, mark);
            assertThat(indexOf(blocks, "result of edit_file")).isLessThan(mark);
            assertThat(indexOf(blocks, "step 4 · model reply")).isGreaterThan(mark);
            assertThat(blocks.get(indexOf(blocks, "step 4 · model reply"))).doesNotContain("replayed");
            assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static int indexOf(List<String> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).contains(text)) return i;
        return -1;
    }
}
