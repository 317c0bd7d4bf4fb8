package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.views.indicators.Indicator.Aggregation;
import cn.gov.qingyuan.plan.views.indicators.Indicator.Direction;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every indicator of the plan, in the plan's order, from the reference data the plan-targets service also reads. */
@Component
public class IndicatorCatalogue {

    static final String RESOURCE = "reference/indicators.csv";

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    public IndicatorCatalogue() {
        try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            for (String line : lines.subList(1, lines.size())) {
                Indicator indicator = indicator(header, line.split(",", -1));
                byCode.put(indicator.code(), indicator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Indicator indicator(List<String> header, String[] cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < cells.length ? cells[i].strip() : "");
        }
        String baseline = row.get("baseline_2014");
        return new Indicator(row.get("code"), row.get("chinese_name"), row.get("english_name"), row.get("unit"),
                baseline.isEmpty() ? null : new BigDecimal(baseline), Direction.valueOf(row.get("direction")),
                Aggregation.valueOf(row.get("aggregation")), blankToNull(row.get("numerator")),
                blankToNull(row.get("denominator")), blankToNull(row.get("growth_of")), row.get("owner"), row.get("plan_section"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    public List<Indicator> all() {
        return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Indicator get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }
}
