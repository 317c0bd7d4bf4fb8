package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.stack.StackOptions;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The monitoring dashboard in a real browser (Debian's Chromium through Selenium) against the real services, each in
 * its own JVM: a monitoring team has the city overview open while a county reports an investment through
 * industrial-projects' API, and the page shows the new figure from its live stream, without a reload. The services
 * run on a stack of their own: the end-to-end scenario checks citywide totals on the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Duration PAGE_READY_WITHIN = Duration.ofSeconds(30);
    private static final Duration LIVE_UPDATE_WITHIN = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "dashboard.png");
    private static final BigDecimal WAN_YUAN_PER_YI = BigDecimal.valueOf(10_000);
    private static final String INVESTMENT_ROW = "#city-table tr[data-indicator='industrial-investment']";
    private static final String INVESTMENT_ACTUAL = INVESTMENT_ROW + " [data-field='actual']";
    private static final String PAGE_STATE = "return JSON.stringify({url: location.href, title: document.title,"
            + " live: document.querySelector('#live-indicator')?.dataset.state, tokenAsked: !document.querySelector('#token-panel')?.hidden,"
            + " charts: typeof echarts, errors: [...document.querySelectorAll('.view__error, #token-error')].map(e => e.textContent).filter(Boolean),"
            + " actual: document.querySelector(arguments[0])?.outerHTML, body: document.body?.innerText.slice(0, 300)})";

    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedStack stack;
    private ServiceSpec viewsSpec;
    private Http projectsApi;
    private HeadlessChromium browser;

    @BeforeAll
    void startServices() {
        stack = EmbeddedStack.start(StackOptions.ephemeral());
        RunningSystem system = new RunningSystem(Infrastructure.of(stack, TestStack.issuer()));
        ServiceSpec projectsSpec = RunningSystem.onFreePort(ServiceCatalog.INDUSTRIAL_PROJECTS);
        viewsSpec = RunningSystem.onFreePort(ServiceCatalog.TARGET_VIEWS);
        services.add(system.start(RunningSystem.onFreePort(ServiceCatalog.PLAN_TARGETS)));
        services.add(system.start(projectsSpec));
        services.add(system.start(viewsSpec));
        projectsApi = new Http(projectsSpec.url(""),
                TestStack.issuer().token("yingde.reporter", "reporter", "county:yingde", Duration.ofHours(1)));
    }

    @AfterAll
    void stopServices() {
        services.forEach(ServiceProcess::close);
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anInvestmentReportedThroughTheApiShowsOnTheOpenDashboardWithoutAReload() {
        WebDriver page = openDashboard();
        BigDecimal before = figure(page, INVESTMENT_ACTUAL);
        Object loadedAt = script(page, "return window.__dashboardLoadedAt");

        BigDecimal reportedWanYuan = new BigDecimal("12000.5");
        reportInvestment("2015-03", reportedWanYuan);

        BigDecimal expected = before.add(reportedWanYuan.divide(WAN_YUAN_PER_YI));
        waitFor(LIVE_UPDATE_WITHIN, "the reported investment on the page", () -> figure(page, INVESTMENT_ACTUAL).compareTo(before) != 0);
        assertThat(figure(page, INVESTMENT_ACTUAL)).isCloseTo(expected, within(new BigDecimal("0.000001")));
        assertThat(text(page, INVESTMENT_ACTUAL + " .num")).isEqualTo(expected.setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(script(page, "return window.__dashboardLoadedAt")).as("the page was not reloaded").isEqualTo(loadedAt);
        assertThat(page.getCurrentUrl()).as("the token left the address bar").doesNotContain("token");
        assertThat(attribute(page, "#live-indicator", "data-state")).isEqualTo("live");

        browser.screenshot(SCREENSHOT, 4200);
    }

    @Test
    void theDashboardSpeaksChineseAndEnglishAndDrawsItsCharts() {
        WebDriver page = openDashboard();
        assertThat(script(page, "return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(text(page, "h1")).contains("清远市");
        assertThat(text(page, INVESTMENT_ROW + " th")).contains("工业投资");
        assertThat(text(page, "#tab-reporting")).isEqualTo("报送纪律");

        page.findElement(By.id("lang-toggle")).click();
        assertThat(script(page, "return document.documentElement.lang")).isEqualTo("en");
        assertThat(text(page, "h1")).contains("Qingyuan");
        assertThat(text(page, INVESTMENT_ROW + " th")).contains("Industrial investment");
        assertThat(text(page, "#tab-reporting")).isEqualTo("Reporting discipline");
        assertThat(text(page, "#lang-toggle")).isEqualTo("中文");

        assertThat(page.findElements(By.cssSelector("#city-chart canvas"))).as("ECharts drew the city chart").isNotEmpty();
        page.findElement(By.id("tab-ranking")).click();
        waitFor(PAGE_READY_WITHIN, "the county ranking", () -> !page.findElements(By.cssSelector("#ranking-chart canvas")).isEmpty()
                && !page.findElements(By.cssSelector("#ranking-table tbody tr")).isEmpty());
    }

    @Test
    void theExportButtonsDownloadTheViewOnScreen() throws IOException {
        WebDriver page = openDashboard();
        page.findElement(By.cssSelector("[data-export='city'] [data-format='csv']")).click();
        page.findElement(By.cssSelector("[data-export='city'] [data-format='xlsx']")).click();

        Path csv = browser.downloads().resolve("city-2015-2017.csv");
        Path xlsx = browser.downloads().resolve("city-2015-2017.xlsx");
        waitFor(PAGE_READY_WITHIN, "the downloads", () -> Files.isRegularFile(csv) && Files.isRegularFile(xlsx));
        assertThat(Files.readString(csv)).contains("industrial-investment", "工业投资");
        try (InputStream workbook = Files.newInputStream(xlsx)) {
            assertThat(workbook.readNBytes(2)).as("an XLSX file is a ZIP archive").isEqualTo(new byte[] {'P', 'K'});
        }
    }

    /** Opens the dashboard with a monitor's token in the fragment and waits until the city overview shows and is live. */
    private WebDriver openDashboard() {
        WebDriver page = browser.driver();
        page.get(viewsSpec.url("/dashboard/#token=" + TestStack.token("monitor", null)));
        waitFor(PAGE_READY_WITHIN, "the city overview, live", () -> !page.findElements(By.cssSelector(INVESTMENT_ACTUAL)).isEmpty()
                && "live".equals(attribute(page, "#live-indicator", "data-state")));
        return page;
    }

    /** Waits for a condition on the page; if it never holds, says what the page showed and logged. */
    private void waitFor(Duration timeout, String what, BooleanSupplier condition) {
        WebDriver page = browser.driver();
        new WebDriverWait(page, timeout)
                .withMessage(() -> "waiting for " + what + "; the page shows: " + script(page, PAGE_STATE, INVESTMENT_ACTUAL) + "\nconsole:\n" + browser.console())
                .until(d -> condition.getAsBoolean());
    }

    private void reportInvestment(String period, BigDecimal amountWanYuan) {
        HttpResult registered = projectsApi.postJson("/api/projects", json("enterprise", "Yingde Precision Castings Co.",
                "county", "yingde", "industry", "precision castings", "plannedInvestmentWanYuan", 80000,
                "advancedManufacturing", true, "highTech", false));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String projectId = registered.json().get("projectId").asText();
        HttpResult reported = projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", period, "amountWanYuan", amountWanYuan));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    }

    /** The exact figure behind a cell (its {@code data-value}); an empty one, a figure not yet reported, counts as zero. */
    private static BigDecimal figure(WebDriver page, String selector) {
        String value = attribute(page, selector, "data-value");
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    // Read through JavaScript: the page redraws its tables on every update, which would leave WebElements stale.
    private static String attribute(WebDriver page, String selector, String name) {
        return (String) script(page, "const e = document.querySelector(arguments[0]); return e && e.getAttribute(arguments[1]);", selector, name);
    }

    private static String text(WebDriver page, String selector) {
        return (String) script(page, "const e = document.querySelector(arguments[0]); return e && e.textContent.trim();", selector);
    }

    private static Object script(WebDriver page, String script, Object... arguments) {
        return ((JavascriptExecutor) page).executeScript(script, arguments);
    }
}
