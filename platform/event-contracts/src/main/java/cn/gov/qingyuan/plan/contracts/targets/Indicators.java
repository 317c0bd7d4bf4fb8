package cn.gov.qingyuan.plan.contracts.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's indicators, in the plan's order, from the reference data every service shares
 * ({@code reference/indicators.csv} in this module). Read and checked once, so a broken file stops a service at
 * start-up instead of producing wrong targets or figures later.
 */
public final class Indicators {

    static final String RESOURCE = "reference/indicators.csv";

    /** The command services that record figures; an indicator belongs to exactly one. */
    static final Set<String> OWNERS = Set.of("industrial-projects", "technical-retrofit", "park-metrics", "energy-audits",
            "industry-statistics");

    private final Map<IndicatorCode, Indicator> byCode;

    private Indicators(Map<IndicatorCode, Indicator> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        byCode.values().forEach(this::checkReferences);
    }

    /** The indicators shipped with the platform. */
    public static Indicators shipped() {
        try (InputStream in = Indicators.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * The first line names the columns; blank lines and lines starting with {@code #} are comments. Cells are plain
     * (the file quotes nothing), so a quote is refused rather than half understood.
     */
    static Indicators read(String csv) {
        Map<IndicatorCode, Indicator> byCode = new LinkedHashMap<>();
        List<String> header = null;
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": quoted cells are not supported");
            }
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (header == null) {
                header = cells;
                continue;
            }
            Indicator indicator = indicator(header, cells);
            if (byCode.put(indicator.code(), indicator) != null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": indicator " + indicator.code() + " appears twice");
            }
        }
        return new Indicators(byCode);
    }

    private static Indicator indicator(List<String> header, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        String baseline = row.get("baseline_2014");
        return new Indicator(IndicatorCode.of(row.get("code")), row.get("chinese_name"), row.get("english_name"), row.get("unit"),
                baseline.isEmpty() ? null : new BigDecimal(baseline), Direction.valueOf(row.get("direction")),
                Aggregation.valueOf(row.get("aggregation")), code(row.get("numerator")), code(row.get("denominator")),
                code(row.get("growth_of")), row.get("owner"), row.get("plan_section"));
    }

    private static IndicatorCode code(String text) {
        return text == null || text.isEmpty() ? null : IndicatorCode.of(text);
    }

    private void checkReferences(Indicator indicator) {
        boolean ratio = indicator.aggregation() == Aggregation.RATIO;
        boolean growth = indicator.aggregation() == Aggregation.GROWTH_RATE;
        if (ratio != (indicator.numerator() != null && indicator.denominator() != null) || growth != (indicator.growthOf() != null)) {
            throw new IllegalStateException(indicator.code() + ": a RATIO names its numerator and denominator, a GROWTH_RATE what grows, nothing else does");
        }
        for (IndicatorCode named : Arrays.asList(indicator.numerator(), indicator.denominator(), indicator.growthOf())) {
            if (named != null && !byCode.containsKey(named)) {
                throw new IllegalStateException(indicator.code() + " refers to unknown indicator " + named);
            }
        }
        if (!OWNERS.contains(indicator.owner())) {
            throw new IllegalStateException(indicator.code() + ": unknown owning service '" + indicator.owner() + "'");
        }
    }

    /** @return empty for an unknown code, or text that is not a code at all */
    public Optional<Indicator> find(String code) {
        try {
            return Optional.ofNullable(byCode.get(IndicatorCode.of(code)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The indicator, which must exist: for codes the reference data itself names (a ratio's parts, a growth's base). */
    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }

    /** Every indicator, in the plan's order. */
    public Collection<Indicator> all() {
        return byCode.values();
    }
}
