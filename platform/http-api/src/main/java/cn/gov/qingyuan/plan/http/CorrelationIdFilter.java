package cn.gov.qingyuan.plan.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id of the server's own making (a new UUID), echoed in {@code X-Correlation-Id},
 * logged, and recorded on every event the request causes: no client can make its request share another's id. What a
 * client sends to find its request again ({@code X-Client-Reference}, or an {@code X-Correlation-Id} of its own) is
 * kept beside it, when it is a sane token, as the client's reference: echoed in {@code X-Client-Reference} and recorded
 * on the events too, never trusted as an id.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String CLIENT_REFERENCE_HEADER = "X-Client-Reference";
    public static final String MDC_KEY = "correlationId";
    public static final String CLIENT_REFERENCE_MDC_KEY = "clientReference";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** The client's own reference for the request being handled, or null. */
    public static String clientReference() {
        return MDC.get(CLIENT_REFERENCE_MDC_KEY);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = UUID.randomUUID().toString();
        String given = request.getHeader(CLIENT_REFERENCE_HEADER) != null ? request.getHeader(CLIENT_REFERENCE_HEADER) : request.getHeader(HEADER);
        String clientReference = given != null && SANE.matcher(given).matches() ? given : null;
        MDC.put(MDC_KEY, correlationId);
        response.setHeader(HEADER, correlationId);
        if (clientReference != null) {
            MDC.put(CLIENT_REFERENCE_MDC_KEY, clientReference);
            response.setHeader(CLIENT_REFERENCE_HEADER, clientReference);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(CLIENT_REFERENCE_MDC_KEY);
        }
    }
}
