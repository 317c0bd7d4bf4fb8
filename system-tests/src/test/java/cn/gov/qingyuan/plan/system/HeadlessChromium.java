package cn.gov.qingyuan.plan.system;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven through Debian's chromedriver (installed by {@code make browser}), headless, with a
 * profile of its own that is deleted afterwards. Naming both executables keeps Selenium Manager off the network.
 * A shutdown hook quits the browser if the test JVM is stopped before {@link #close}: otherwise chromedriver
 * and Chromium would outlive it.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String DOWNLOADS = "downloads";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Thread shutdownHook;

    private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.shutdownHook = new Thread(this::quit, "quit-chromium");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static HeadlessChromium start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": run `make browser`");
        }
        Path profile = createProfile();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                // As root Chromium exits at once without --no-sandbox; on a closed network its background connections fail.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve(DOWNLOADS).toString(),
                "download.prompt_for_download", false));
        try {
            return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Where the files the page downloads land. */
    Path downloads() {
        return profile.resolve(DOWNLOADS);
    }

    /** What the page wrote to the console (errors included) since the last call: for a failing test's message. */
    String console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).collect(Collectors.joining("\n"));
    }

    /** Saves the whole page (up to {@code maxHeight} pixels), e.g. as a build artifact for a person to look at. */
    Path screenshot(Path file, int maxHeight) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(maxHeight, Math.max(window.getHeight(), height))));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save a screenshot to " + file, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        quit();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run.
        }
    }

    private synchronized void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // Already gone; the driver service and the profile are cleaned up below all the same.
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteProfile(Path profile) {
        if (!Files.exists(profile)) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            profile.toFile().deleteOnExit();
        }
    }
}
