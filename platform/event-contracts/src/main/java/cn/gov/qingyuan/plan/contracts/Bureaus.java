package cn.gov.qingyuan.plan.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The city bureaus that may report, and in which domains: reference data ({@code bureaus.csv} beside this class),
 * the same for every service. A {@code bureau:<code>} not listed here is not a reporting unit.
 */
public final class Bureaus {

    private static final Bureaus SHIPPED = load();

    private final Map<String, Bureau> byCode;

    private Bureaus(Map<String, Bureau> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The bureaus shipped with the platform. */
    public static Bureaus shipped() {
        return SHIPPED;
    }

    public Optional<Bureau> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Bureau> all() {
        return byCode.values();
    }

    private static Bureaus load() {
        try (InputStream csv = Bureaus.class.getResourceAsStream("bureaus.csv")) {
            if (csv == null) {
                throw new IllegalStateException("bureaus.csv is missing beside " + Bureaus.class.getName());
            }
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bureaus.csv", e);
        }
    }

    static Bureaus read(InputStream csv) throws IOException {
        Map<String, Bureau> bureaus = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(",", -1);
                String domains = cells[3].trim();
                Bureau bureau = new Bureau(cells[0].trim(), cells[1].trim(), cells[2].trim(), domains.isEmpty() ? java.util.Set.of()
                        : Arrays.stream(domains.split("\\s+")).map(ReportingDomain::parse).collect(Collectors.toSet()));
                // The code must be one a reporting unit can carry.
                new ReportingUnit(ReportingUnit.Kind.BUREAU, bureau.code());
                bureaus.put(bureau.code(), bureau);
            });
        }
        return new Bureaus(bureaus);
    }
}
