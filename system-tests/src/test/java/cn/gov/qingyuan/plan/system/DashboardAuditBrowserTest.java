package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static cn.gov.qingyuan.plan.system.DashboardPage.INVESTMENT_ACTUAL;
import static cn.gov.qingyuan.plan.system.DashboardPage.LIVE_UPDATE_WITHIN;
import static cn.gov.qingyuan.plan.system.DashboardPage.READY_WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the dashboard adds for auditors, in a real browser against the real services ({@link DashboardServices}):
 * every view as it stood at a moment (here, between a report and its correction), and where a figure comes from,
 * down to the events that set it. A monitor is offered neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DashboardServices.Shared.class)
class DashboardAuditBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "dashboard-provenance.png");
    private static final Path AS_OF_SCREENSHOT = Path.of("target", "screenshots", "dashboard-as-of.png");
    /** Every other tab, the view it reads and what shows once it is drawn. */
    private static final Map<String, List<String>> OTHER_VIEWS = Map.of(
            "county", List.of("/api/views/counties/", "#county-table tbody tr"),
            "ranking", List.of("/api/views/ranking?", "#ranking-table tbody tr"),
            "reporting", List.of("/api/views/reporting?", "#reporting-grid tbody tr"),
            "supervision", List.of("/api/views/supervision?", "#supervision-list > *"));
    private static final ZoneOffset QINGYUAN = ZoneOffset.ofHours(8);
    /** The value of an {@code <input type="datetime-local">}: the moment in Qingyuan's local time, to the second. */
    private static final DateTimeFormatter LOCAL_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final BigDecimal CLOSE_ENOUGH = new BigDecimal("0.000001");
    private static final String PERIOD = "2015-04";
    private static final String REASON = "supplier invoice counted twice";
    private static final String PANEL = "#provenance-panel";

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
    void anAuditorSeesTheFigureAsItStoodBeforeACorrectionAndTheEventsBehindIt() throws InterruptedException {
        page.open(services.viewsUrl("/dashboard/"), auditorToken());
        BigDecimal before = page.figure(INVESTMENT_ACTUAL);

        String projectId = services.registerProject();
        services.reportInvestment(projectId, PERIOD, new BigDecimal("8000"));
        OffsetDateTime moment = OffsetDateTime.now(QINGYUAN).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        BigDecimal reported = before.add(new BigDecimal("0.8"));
        awaitFigure(reported, "the reported investment, live");

        sleepUntilAfter(moment.toInstant());
        services.correctInvestment(projectId, PERIOD, new BigDecimal("7500"), REASON);
        BigDecimal corrected = before.add(new BigDecimal("0.75"));
        awaitFigure(corrected, "the corrected investment, live");

        // Set through the DOM: what typing into a datetime-local field means depends on the browser's locale.
        String local = moment.toLocalDateTime().format(LOCAL_MOMENT);
        page.script("const input = document.getElementById('as-of-input'); input.value = arguments[0];"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));", local);
        page.click("#as-of-apply");
        page.waitFor(READY_WITHIN, "the view as of " + moment + " (" + reported + ")", () -> liveState("as-of") && shows(reported));
        assertThat(page.figure(INVESTMENT_ACTUAL)).as("the figure before the correction").isCloseTo(reported, within(CLOSE_ENOUGH));
        assertThat(page.text("#live-indicator")).contains(local.replace('T', ' '));
        assertThat(readsAsOf("/api/views/city?")).as("the city view was read as of the moment").contains(local + "+08:00");
        page.script("window.scrollTo(0, 0)");
        page.browser().screenshot(AS_OF_SCREENSHOT, 1000);
        OTHER_VIEWS.forEach((tab, view) -> {
            page.click("#tab-" + tab);
            page.waitFor(READY_WITHIN, "the " + tab + " view as of " + moment, () -> page.has(view.get(1)));
            assertThat(page.text("#view-" + tab + " .view__error")).as(tab).isEmpty();
            assertThat(readsAsOf(view.get(0))).as("the " + tab + " view was read as of the moment").contains(local + "+08:00");
        });
        assertThat(liveState("as-of")).as("no tab went live").isTrue();
        page.click("#tab-city");
        page.waitFor(READY_WITHIN, "the city view as of " + moment + " again", () -> page.has(INVESTMENT_ACTUAL + " button") && shows(reported));

        page.click(INVESTMENT_ACTUAL + " button");
        awaitProvenance(projectId);
        assertThat(eventTypes(projectId)).as("as of the moment, only the report").containsExactly("ProjectInvestmentReported");
        assertThat(page.text(fact(projectId))).doesNotContain(REASON);
        page.click("#provenance-close");
        assertThat(page.has(PANEL + ":not([hidden])")).isFalse();

        page.click("#as-of-live");
        page.waitFor(LIVE_UPDATE_WITHIN, "the live view again (" + corrected + ")", () -> liveState("live") && shows(corrected));
        assertThat(page.attribute("#as-of-live", "aria-pressed")).isEqualTo("true");

        page.click(INVESTMENT_ACTUAL + " button");
        awaitProvenance(projectId);
        assertThat(eventTypes(projectId)).containsExactly("ProjectInvestmentReported", "ProjectInvestmentCorrected");
        assertThat(page.text(fact(projectId) + " tr[data-type='ProjectInvestmentCorrected'] [data-field='reason']")).isEqualTo(REASON);
        assertThat(page.text(fact(projectId) + " [data-field='month']")).isEqualTo(PERIOD);
        assertThat(page.attribute(fact(projectId), "data-counted")).isEqualTo("true");
        assertThat(page.text(fact(projectId) + " tr[data-type='ProjectInvestmentReported'] [data-field='submittedBy']")).isEqualTo("yingde.reporter");
        page.script("window.scrollTo(0, 0)");
        page.browser().screenshot(SCREENSHOT, 1000);
    }

    @Test
    void aWholeMinuteIsAskedForToTheSecond() {
        // Browsers give a datetime-local value without its seconds when they are zero: 2016-07-10T00:00.
        page.open(services.viewsUrl("/dashboard/"), auditorToken());
        page.waitFor(READY_WITHIN, "the auditor's page", () -> page.has("#as-of-input"));
        page.script("const input = document.getElementById('as-of-input'); input.value = '2016-07-10T00:00';"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));");
        page.click("#as-of-apply");
        page.waitFor(READY_WITHIN, "the view as of 2016-07-10 00:00", () -> liveState("as-of"));
        assertThat(page.text("#live-indicator")).contains("2016-07-10 00:00:00");
        page.waitFor(READY_WITHIN, "the city view read as of the moment", () -> readsAsOf("/api/views/city?").contains("2016-07-10T00:00:00+08:00"));
    }

    @Test
    void aMonitorIsOfferedNeitherTheAsOfControlNorTheProvenanceOfAFigure() {
        page.open(services.viewsUrl("/dashboard/"), TestStack.token("monitor", null));
        assertThat(page.has("#as-of-input")).as("the as-of control").isFalse();
        assertThat(page.has(INVESTMENT_ACTUAL + " button")).as("a figure to click").isFalse();

        page.click(INVESTMENT_ACTUAL);
        assertThat(page.has(PANEL)).as("the provenance panel").isFalse();
        assertThat(liveState("live")).isTrue();
    }

    private static String auditorToken() {
        return TestStack.issuer().token("test.auditor", "auditor", null, Duration.ofHours(1));
    }

    private void awaitFigure(BigDecimal expected, String what) {
        page.waitFor(LIVE_UPDATE_WITHIN, what + " (" + expected + ")", () -> shows(expected));
    }

    /** Whether the city's industrial investment on screen is the figure expected (the page has it as a double). */
    private boolean shows(BigDecimal expected) {
        return page.figure(INVESTMENT_ACTUAL).subtract(expected).abs().compareTo(CLOSE_ENOUGH) < 0;
    }

    private boolean liveState(String state) {
        return state.equals(page.attribute("#live-indicator", "data-state"));
    }

    private void awaitProvenance(String projectId) {
        page.waitFor(READY_WITHIN, "the provenance of the city's industrial investment",
                () -> "loaded".equals(page.attribute(PANEL, "data-state")) && page.has(fact(projectId)));
        assertThat(page.has(PANEL + ":not([hidden])")).isTrue();
        assertThat(page.text(PANEL + " [data-field='formula']")).isNotBlank();
    }

    private static String fact(String projectId) {
        return PANEL + " tbody.fact[data-member='" + projectId + "']";
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String projectId) {
        return (List<String>) page.script("return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.type)",
                fact(projectId) + " tr[data-type]");
    }

    /** The asOf the page sent with its reads of a view (its path, e.g. {@code /api/views/city?}), decoded. */
    @SuppressWarnings("unchecked")
    private List<String> readsAsOf(String path) {
        List<String> urls = (List<String>) page.script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes(arguments[0]) && n.includes('asOf='))", path);
        return urls.stream().map(url -> URLDecoder.decode(url.substring(url.indexOf("asOf=") + 5).split("&")[0], StandardCharsets.UTF_8)).toList();
    }

    private static void sleepUntilAfter(Instant moment) throws InterruptedException {
        long wait = Duration.between(Instant.now(), moment).toMillis() + 200;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
