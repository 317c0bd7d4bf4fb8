package cn.gov.qingyuan.plan.views.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The monitoring dashboard, a static page in {@code static/dashboard/} that reads the views with the user's token:
 * {@code /dashboard/} opens it (Spring Boot serves a folder's index page only at the root).
 */
@Configuration(proxyBeanMethods = false)
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // The page links its script and styles relatively, so it must be opened with the trailing slash.
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
