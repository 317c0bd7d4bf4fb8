package cn.gov.qingyuan.plan.projects.reference;

import cn.gov.qingyuan.plan.contracts.County;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parks and zones projects may be located in. Which county hosts which zone is reference data
 * ({@code reference/parks.csv}), not code.
 */
@Component
public class Parks {

    private final Map<String, Park> byId = new LinkedHashMap<>();

    public Parks() {
        this("reference/parks.csv");
    }

    Parks(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(",", -1);
                Park park = new Park(cells[0].trim(), cells[1].trim(), cells[2].trim(), County.fromCode(cells[3].trim()));
                byId.put(park.id(), park);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public Optional<Park> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Park> all() {
        return byId.values();
    }
}
