package cn.gov.qingyuan.plan.targets.reference;

import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.targets.sheet.SheetRow;
import cn.gov.qingyuan.plan.targets.sheet.Sheets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's indicators ({@code reference/indicators.csv}): reference data shipped with the service, read once at
 * start-up and checked then, so a broken file stops the service instead of producing wrong targets later.
 */
@Component
public class Indicators {

    /** The command services that record figures; an indicator belongs to exactly one. */
    static final Set<String> OWNERS = Set.of("industrial-projects", "technical-retrofit", "park-metrics", "energy-audits",
            "industry-statistics");

    private final Map<IndicatorCode, Indicator> byCode = new LinkedHashMap<>();

    public Indicators() {
        this("reference/indicators.csv");
    }

    Indicators(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            for (SheetRow row : Sheets.csv(new String(in.readAllBytes(), StandardCharsets.UTF_8)).rows()) {
                Indicator indicator = indicator(row);
                if (byCode.put(indicator.code(), indicator) != null) {
                    throw new IllegalStateException(resource + " row " + row.number() + ": indicator " + indicator.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        byCode.values().forEach(this::checkReferences);
    }

    private static Indicator indicator(SheetRow row) {
        String baseline = row.cell("baseline_2014");
        return new Indicator(IndicatorCode.of(row.cell("code")), row.cell("chinese_name"), row.cell("english_name"), row.cell("unit"),
                baseline.isEmpty() ? null : new BigDecimal(baseline), Direction.valueOf(row.cell("direction")),
                Aggregation.valueOf(row.cell("aggregation")), code(row.cell("numerator")), code(row.cell("denominator")),
                code(row.cell("growth_of")), row.cell("owner"), row.cell("plan_section"));
    }

    private static IndicatorCode code(String text) {
        return text.isEmpty() ? null : IndicatorCode.of(text);
    }

    private void checkReferences(Indicator indicator) {
        boolean ratio = indicator.aggregation() == Aggregation.RATIO;
        boolean growth = indicator.aggregation() == Aggregation.GROWTH_RATE;
        if (ratio != (indicator.numerator() != null && indicator.denominator() != null) || growth != (indicator.growthOf() != null)) {
            throw new IllegalStateException(indicator.code() + ": a RATIO names its numerator and denominator, a GROWTH_RATE what grows, nothing else does");
        }
        for (IndicatorCode named : java.util.Arrays.asList(indicator.numerator(), indicator.denominator(), indicator.growthOf())) {
            if (named != null && !byCode.containsKey(named)) {
                throw new IllegalStateException(indicator.code() + " refers to unknown indicator " + named);
            }
        }
        if (!OWNERS.contains(indicator.owner())) {
            throw new IllegalStateException(indicator.code() + ": unknown owning service '" + indicator.owner() + "'");
        }
    }

    public Optional<Indicator> find(String code) {
        try {
            return Optional.ofNullable(byCode.get(IndicatorCode.of(code)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public Collection<Indicator> all() {
        return byCode.values();
    }
}
