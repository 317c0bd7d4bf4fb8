package cn.gov.qingyuan.plan.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The dashboard in a {@link HeadlessChromium}, for the browser tests: opens it with a token, waits for what the page
 * should show (saying what it showed instead when it does not) and reads figures and texts through JavaScript, since
 * the page redraws its tables on every update, which would leave WebElements stale.
 */
final class DashboardPage implements AutoCloseable {

    static final Duration READY_WITHIN = Duration.ofSeconds(30);
    static final Duration LIVE_UPDATE_WITHIN = Duration.ofSeconds(30);
    static final String INVESTMENT_ROW = "#city-table tr[data-indicator='industrial-investment']";
    static final String INVESTMENT_ACTUAL = INVESTMENT_ROW + " [data-field='actual']";
    private static final String PAGE_STATE = "return JSON.stringify({url: location.href, title: document.title,"
            + " live: document.querySelector('#live-indicator')?.dataset.state, tokenAsked: !document.querySelector('#token-panel')?.hidden,"
            + " charts: typeof echarts, errors: [...document.querySelectorAll('.view__error, #token-error')].map(e => e.textContent).filter(Boolean),"
            + " actual: document.querySelector(arguments[0])?.outerHTML, asOf: document.querySelector('#as-of-input')?.value,"
            + " provenance: document.querySelector('#provenance-panel:not([hidden])')?.innerText.slice(0, 600),"
            + " body: document.body?.innerText.slice(0, 300)})";

    private final HeadlessChromium browser = HeadlessChromium.start();

    static DashboardPage start() {
        return new DashboardPage();
    }

    HeadlessChromium browser() {
        return browser;
    }

    WebDriver driver() {
        return browser.driver();
    }

    /** Opens the dashboard with a token in the fragment and waits until the city overview shows and is live. */
    DashboardPage open(String dashboardUrl, String token) {
        driver().get(dashboardUrl + "#token=" + token);
        waitFor(READY_WITHIN, "the city overview, live", () -> !driver().findElements(By.cssSelector(INVESTMENT_ACTUAL)).isEmpty()
                && "live".equals(attribute("#live-indicator", "data-state")));
        return this;
    }

    /** Waits for a condition on the page; if it never holds, says what the page showed and logged. */
    void waitFor(Duration timeout, String what, BooleanSupplier condition) {
        new WebDriverWait(driver(), timeout)
                .withMessage(() -> "waiting for " + what + "; the page shows: " + script(PAGE_STATE, INVESTMENT_ACTUAL) + "\nconsole:\n" + browser.console())
                .until(d -> condition.getAsBoolean());
    }

    /** Clicks what a selector finds, finding it again if the page redrew it in between. */
    void click(String selector) {
        waitFor(READY_WITHIN, "something to click at " + selector, () -> {
            try {
                driver().findElement(By.cssSelector(selector)).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    boolean has(String selector) {
        return !driver().findElements(By.cssSelector(selector)).isEmpty();
    }

    /** The exact figure behind a cell (its {@code data-value}); an empty one, a figure not yet reported, counts as zero. */
    BigDecimal figure(String selector) {
        String value = attribute(selector, "data-value");
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    String attribute(String selector, String name) {
        return (String) script("const e = document.querySelector(arguments[0]); return e && e.getAttribute(arguments[1]);", selector, name);
    }

    String text(String selector) {
        return (String) script("const e = document.querySelector(arguments[0]); return e && e.textContent.trim();", selector);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    @Override
    public void close() {
        browser.close();
    }
}
