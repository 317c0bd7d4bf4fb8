package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.views.ViewsStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's page, scripts and chart library load without a token; the data they read does not; every response
 * tells the browser to run only this origin's scripts and styles, and the pages need nothing else.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class DashboardPagesTest {

    private static final String ECHARTS = "/dashboard/vendor/echarts-5.6.0/";

    @Autowired
    ServiceUnderTest service;

    private Http anonymous() {
        return service.as(null);
    }

    @Test
    void theDashboardOpensAtItsFolderWithoutAToken() {
        HttpResult page = anonymous().get("/dashboard/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("app.js", "vendor/echarts-5.6.0/echarts.min.js");

        HttpResult withoutSlash = anonymous().get("/dashboard");
        assertThat(withoutSlash.status()).isEqualTo(302);
        assertThat(withoutSlash.header("Location")).endsWith("/dashboard/");

        assertThat(anonymous().get("/").text()).as("the root page leads to the dashboard").contains("dashboard/");
        assertThat(anonymous().get("/index.js").status()).isEqualTo(200);
    }

    @Test
    void itsScriptsAndTheChartLibraryAreServedWithoutAToken() {
        assertThat(anonymous().get("/dashboard/app.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/dashboard/app.css").status()).isEqualTo(200);
        HttpResult echarts = anonymous().get(ECHARTS + "echarts.min.js");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.text()).contains("echarts");
        assertThat(anonymous().get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).as("the old webjar is gone").isEqualTo(401);
    }

    @Test
    void theChartLibraryIsTheVendoredEchartsItsReadmeRecords() throws Exception {
        String readme = resource("static" + ECHARTS + "README.md");
        String version = recorded(readme, "\\| version \\| ([0-9.]+) \\|");
        String digest = recorded(readme, "\\| file SHA-512 \\| (sha512-[A-Za-z0-9+/=]+) \\|");
        assertThat(version).isEqualTo("5.6.0");
        assertThat(recorded(readme, "\\| package integrity [^|]*\\| (sha512-[A-Za-z0-9+/=]+) \\|")).as("npm's dist.integrity").isNotBlank();

        byte[] served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.url() + ECHARTS + "echarts.min.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(new String(served, StandardCharsets.UTF_8)).as("the library names its version").contains("version=\"" + version + "\"");
        assertThat("sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(served))).isEqualTo(digest);
        assertThat(anonymous().get(ECHARTS + "LICENSE").text()).contains("Apache License", "Version 2.0");
        assertThat(anonymous().get(ECHARTS + "NOTICE").text()).contains("Apache ECharts");
    }

    @Test
    void everyResponseTellsTheBrowserWhatItMayRunAndSend() {
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        Http monitor = service.as("monitor", null);
        for (HttpResult response : new HttpResult[] {anonymous().get("/dashboard/"), anonymous().get("/"), anonymous().get("/dashboard/app.js"),
                anonymous().get("/api/views/city"), monitor.get("/api/views/city?period=2015"), monitor.get("/api/views/city?period=2014"),
                anonymous().get("/actuator/health")}) {
            assertThat(response.headers().allValues("Content-Security-Policy")).as(response.text()).containsExactly(policy);
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        }
    }

    @Test
    void thePagesNeedNoInlineScriptOrStyle() {
        for (String path : new String[] {"/", "/dashboard/"}) {
            String html = anonymous().get(path).text();
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).as(path + ": an inline script").isFalse();
            assertThat(html).as(path).doesNotContain("<style", " style=", " on" + "click=", "javascript:");
        }
        assertThat(anonymous().get("/dashboard/app.js").text()).as("no style attribute set from the script")
                .doesNotContain("setAttribute('style'", "innerHTML");
    }

    @Test
    void theDataStillNeedsAToken() {
        assertThat(anonymous().get("/api/views/city?period=2015").status()).isEqualTo(401);
        assertThat(service.as("monitor", null).get("/api/views/city?period=2015").status()).isEqualTo(200);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardPagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String recorded(String readme, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(readme);
        assertThat(matcher.find()).as(pattern + " in the README").isTrue();
        return matcher.group(1);
    }
}
