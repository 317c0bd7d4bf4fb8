package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.gov.qingyuan.plan.system.DashboardPage.INVESTMENT_ACTUAL;
import static cn.gov.qingyuan.plan.system.DashboardPage.INVESTMENT_ROW;
import static cn.gov.qingyuan.plan.system.DashboardPage.LIVE_UPDATE_WITHIN;
import static cn.gov.qingyuan.plan.system.DashboardPage.READY_WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The monitoring dashboard in a real browser (Debian's Chromium through Selenium) against the real services, each in
 * its own JVM ({@link DashboardServices}): a monitoring team has the city overview open while a county reports an
 * investment through industrial-projects' API, and the page shows the new figure from its live stream, without a
 * reload. What auditors see besides is {@link DashboardAuditBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DashboardServices.Shared.class)
class DashboardBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "dashboard.png");
    private static final BigDecimal WAN_YUAN_PER_YI = BigDecimal.valueOf(10_000);

    private DashboardServices services;
    private DashboardPage page;

    @BeforeAll
    void services(DashboardServices running) {
        services = running;
    }

    @BeforeEach
    void openBrowser() {
        page = DashboardPage.start();
    }

    @AfterEach
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void anInvestmentReportedThroughTheApiShowsOnTheOpenDashboardWithoutAReload() {
        openDashboard();
        BigDecimal before = page.figure(INVESTMENT_ACTUAL);
        Object loadedAt = page.script("return window.__dashboardLoadedAt");

        BigDecimal reportedWanYuan = new BigDecimal("12000.5");
        services.reportInvestment(services.registerProject(), "2015-03", reportedWanYuan);

        BigDecimal expected = before.add(reportedWanYuan.divide(WAN_YUAN_PER_YI));
        page.waitFor(LIVE_UPDATE_WITHIN, "the reported investment on the page", () -> page.figure(INVESTMENT_ACTUAL).compareTo(before) != 0);
        assertThat(page.figure(INVESTMENT_ACTUAL)).isCloseTo(expected, within(new BigDecimal("0.000001")));
        assertThat(page.text(INVESTMENT_ACTUAL + " .num")).isEqualTo(expected.setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(page.script("return window.__dashboardLoadedAt")).as("the page was not reloaded").isEqualTo(loadedAt);
        assertThat(page.driver().getCurrentUrl()).as("the token left the address bar").doesNotContain("token");
        assertThat(page.attribute("#live-indicator", "data-state")).isEqualTo("live");

        page.browser().screenshot(SCREENSHOT, 4200);
    }

    @Test
    void theDashboardSpeaksChineseAndEnglishAndDrawsItsCharts() {
        openDashboard();
        assertThat(page.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(page.text("h1")).contains("清远市");
        assertThat(page.text(INVESTMENT_ROW + " th")).contains("工业投资");
        assertThat(page.text("#tab-reporting")).isEqualTo("报送纪律");

        page.driver().findElement(By.id("lang-toggle")).click();
        assertThat(page.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(page.text("h1")).contains("Qingyuan");
        assertThat(page.text(INVESTMENT_ROW + " th")).contains("Industrial investment");
        assertThat(page.text("#tab-reporting")).isEqualTo("Reporting discipline");
        assertThat(page.text("#lang-toggle")).isEqualTo("中文");

        assertThat(page.has("#city-chart canvas")).as("ECharts drew the city chart").isTrue();
        page.driver().findElement(By.id("tab-ranking")).click();
        page.waitFor(READY_WITHIN, "the county ranking", () -> page.has("#ranking-chart canvas") && page.has("#ranking-table tbody tr"));
    }

    @Test
    void theExportButtonsDownloadTheViewOnScreen() throws IOException {
        openDashboard();
        page.driver().findElement(By.cssSelector("[data-export='city'] [data-format='csv']")).click();
        page.driver().findElement(By.cssSelector("[data-export='city'] [data-format='xlsx']")).click();

        Path csv = page.browser().downloads().resolve("city-2015-2017.csv");
        Path xlsx = page.browser().downloads().resolve("city-2015-2017.xlsx");
        page.waitFor(READY_WITHIN, "the downloads", () -> Files.isRegularFile(csv) && Files.isRegularFile(xlsx));
        assertThat(Files.readString(csv)).contains("industrial-investment", "工业投资");
        try (InputStream workbook = Files.newInputStream(xlsx)) {
            assertThat(workbook.readNBytes(2)).as("an XLSX file is a ZIP archive").isEqualTo(new byte[] {'P', 'K'});
        }
    }

    @Test
    void theDashboardRunsUnderItsContentSecurityPolicyWithoutAViolation() {
        // From the root page, whose script (a file, as the policy requires) carries the token on to the dashboard.
        page.open(services.viewsUrl("/"), TestStack.token("monitor", null));
        assertThat(page.script("return echarts.version")).isEqualTo("5.6.0");
        assertThat(page.script("return document.querySelector('.bar__fill')?.style.width")).as("bar widths set through the CSSOM")
                .asString().endsWith("%");
        new Actions(page.driver()).moveToElement(page.driver().findElement(By.cssSelector("#city-chart canvas"))).perform();
        // Each view on screen follows its own stream: switching closes one and opens the next, under the cap per token subject.
        for (String view : new String[] {"county", "ranking", "reporting", "supervision", "city"}) {
            page.driver().findElement(By.id("tab-" + view)).click();
            page.waitFor(READY_WITHIN, "the " + view + " view, live", () -> page.has("#view-" + view + ":not([hidden])")
                    && "live".equals(page.attribute("#live-indicator", "data-state")));
        }
        assertThat(page.has("#ranking-chart canvas")).as("ECharts drew the ranking").isTrue();
        new Actions(page.driver()).moveToElement(page.driver().findElement(By.cssSelector("#city-chart canvas")), 40, 40).perform();
        String console = page.browser().console();
        assertThat(console).as("what the page logged").doesNotContainIgnoringCase("Content Security Policy").doesNotContain("Refused to");
    }

    /** The dashboard as a monitoring team opens it: a monitor's token in the fragment. */
    private void openDashboard() {
        page.open(services.viewsUrl("/dashboard/"), TestStack.token("monitor", null));
    }
}
