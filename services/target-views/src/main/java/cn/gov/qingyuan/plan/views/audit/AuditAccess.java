package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.views.audit.AuditQueries.Query;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/**
 * Only auditors reach {@code /api/audit/**} and the views as of a past instant ({@code asOf}); every such request,
 * answered or refused, is recorded in {@link AuditQueries} with its outcome.
 */
@Configuration(proxyBeanMethods = false)
class AuditAccess implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditQueries queries;
    private final PlanDay clock;

    AuditAccess(AuditQueries queries, PlanDay clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/audit/**", "/api/views/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!isAudit(request)) {
            return true;
        }
        if (Submitter.current().role() != Role.AUDITOR) {
            record(request, ProblemType.FORBIDDEN.status().value());
            throw new ApiProblem(ProblemType.FORBIDDEN, request.getParameter("asOf") != null ? "asOf" : "Authorization",
                    "only the auditor role may read the audit trail and the views as they stood at a past moment");
        }
        if (request.getParameter("asOf") != null && request.getRequestURI().endsWith("/stream")) {
            record(request, ProblemType.INVALID_FIELD.status().value());
            throw ApiProblem.invalid("asOf", "a live stream has no past: read the view itself with asOf");
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (isAudit(request)) {
            record(request, response.getStatus());
        }
    }

    private static boolean isAudit(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/audit/") || request.getParameter("asOf") != null;
    }

    private void record(HttpServletRequest request, int status) {
        Submitter who = Submitter.current();
        queries.record(new Query(clock.now(), who.subject(), who.role().name().toLowerCase(Locale.ROOT), who.organisation(),
                request.getMethod(), request.getRequestURI(), request.getQueryString(), status));
    }
}
