package dev.ratchet.harness.report;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium + chromedriver, headless, for the report's browser tests. Skips when they are
 * absent unless RATCHET_REQUIRE_BROWSER=1 (CI installs them and sets that).
 */
final class HeadlessChromium {
    private HeadlessChromium() {}

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static void assumePresent() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"1".equals(System.getenv("RATCHET_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(present, "chromium + chromedriver not installed");
        }
        assertThat(present).as("RATCHET_REQUIRE_BROWSER=1 but chromium/chromedriver are missing").isTrue();
    }

    /** A fresh browser with its own profile under {@code scratch}; quit it when done. */
    static ChromeDriver start(Path scratch) throws IOException {
        assumePresent();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1300,1600",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Console messages at WARNING or above since the last call. */
    static List<LogEntry> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }
}
