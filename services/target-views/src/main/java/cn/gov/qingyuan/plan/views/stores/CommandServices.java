package cn.gov.qingyuan.plan.views.stores;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the command services answer, for the audit pack and a rebuild to take their events from the authority, their
 * stores:
 * {@code plan.audit.services} ({@code PLAN_AUDIT_SERVICES}), e.g. {@code industrial-projects=http://localhost:8081,...}.
 */
@Component
public class CommandServices {

    private final Map<String, URI> services;

    CommandServices(@Value("${plan.audit.services:}") String services) {
        this.services = parse(services);
    }

    static Map<String, URI> parse(String text) {
        Map<String, URI> services = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int cut = entry.indexOf('=');
            if (cut < 1) {
                throw new IllegalArgumentException("plan.audit.services takes name=url pairs separated by commas, not '" + entry.trim() + "'");
            }
            URI url = URI.create(entry.substring(cut + 1).trim());
            if (url.getScheme() == null || url.getHost() == null) {
                throw new IllegalArgumentException("plan.audit.services: '" + entry.trim() + "' has no http(s) URL");
            }
            services.put(entry.substring(0, cut).trim(), url);
        }
        return Collections.unmodifiableMap(services);
    }

    public Map<String, URI> all() {
        return services;
    }
}
