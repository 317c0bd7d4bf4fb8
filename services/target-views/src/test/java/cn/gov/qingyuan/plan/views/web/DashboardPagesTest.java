package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.views.ViewsStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's page, scripts and chart library load without a token; the data they read does not. */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class DashboardPagesTest {

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
        assertThat(page.text()).contains("app.js", "/webjars/echarts/5.3.1/dist/echarts.min.js");

        HttpResult withoutSlash = anonymous().get("/dashboard");
        assertThat(withoutSlash.status()).isEqualTo(302);
        assertThat(withoutSlash.header("Location")).endsWith("/dashboard/");

        assertThat(anonymous().get("/").text()).as("the root page leads to the dashboard").contains("dashboard/");
    }

    @Test
    void itsScriptsAndTheChartLibraryAreServedWithoutAToken() {
        assertThat(anonymous().get("/dashboard/app.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/dashboard/app.css").status()).isEqualTo(200);
        HttpResult echarts = anonymous().get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.text()).contains("echarts");
    }

    @Test
    void theDataStillNeedsAToken() {
        assertThat(anonymous().get("/api/views/city?period=2015").status()).isEqualTo(401);
        assertThat(service.as("monitor", null).get("/api/views/city?period=2015").status()).isEqualTo(200);
    }
}
