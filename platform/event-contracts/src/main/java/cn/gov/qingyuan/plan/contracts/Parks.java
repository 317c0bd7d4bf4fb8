package cn.gov.qingyuan.plan.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parks and zones submissions may be located in. Which county hosts which zone is reference data
 * ({@code parks.csv} beside this class), not code, and it is the same for every service that reads it.
 */
public final class Parks {

    private static final Parks SHIPPED = load();

    private final Map<String, Park> byId;

    private Parks(Map<String, Park> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The parks shipped with the platform. */
    public static Parks shipped() {
        return SHIPPED;
    }

    private static Parks load() {
        try (InputStream csv = Parks.class.getResourceAsStream("parks.csv")) {
            if (csv == null) {
                throw new IllegalStateException("parks.csv is missing beside " + Parks.class.getName());
            }
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read parks.csv", e);
        }
    }

    static Parks read(InputStream csv) throws IOException {
        Map<String, Park> parks = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(",", -1);
                Park park = new Park(cells[0].trim(), cells[1].trim(), cells[2].trim(), County.fromCode(cells[3].trim()));
                parks.put(park.id(), park);
            });
        }
        return new Parks(parks);
    }

    public Optional<Park> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Park> all() {
        return byId.values();
    }
}
