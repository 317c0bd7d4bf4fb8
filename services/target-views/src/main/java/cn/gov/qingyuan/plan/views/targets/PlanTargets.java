package cn.gov.qingyuan.plan.views.targets;

import cn.gov.qingyuan.plan.contracts.County;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The industrial investment targets (plan action 4): the plan's citywide 165 / 205 / 250 亿 and 620 亿 over
 * three years, and a county split. The plan's own county split (Annex 2) is not in the source text, so the
 * shipped split is sample data and says so in every row; the plan targets service (a later issue) replaces
 * this file with targets issued as events.
 */
@Component
public class PlanTargets {

    static final String CITY = "city";
    private final Map<String, Target> byScopeAndPeriod = new HashMap<>();

    public PlanTargets() {
        this("targets/industrial-investment.csv");
    }

    PlanTargets(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(this::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private void add(String line) {
        String[] cells = line.split(",", 5);
        String scope = cells[0].trim();
        if (!CITY.equals(scope)) {
            County.fromCode(scope);
        }
        ViewPeriod period = ViewPeriod.parse(cells[1].trim()).orElseThrow(() -> new IllegalArgumentException("Bad period in " + line));
        Target target = new Target(new BigDecimal(cells[2].trim()), Target.Provenance.valueOf(cells[3].trim()), cells[4].trim());
        byScopeAndPeriod.put(scope + "|" + period, target);
    }

    public Optional<Target> city(ViewPeriod period) {
        return Optional.ofNullable(byScopeAndPeriod.get(CITY + "|" + period));
    }

    public Optional<Target> county(County county, ViewPeriod period) {
        return Optional.ofNullable(byScopeAndPeriod.get(county.code() + "|" + period));
    }
}
