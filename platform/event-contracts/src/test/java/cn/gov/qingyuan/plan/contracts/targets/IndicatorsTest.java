package cn.gov.qingyuan.plan.contracts.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indicators as the plan states them (PLAN-DIGEST.md): every one there, with the plan's 2014 figures. */
class IndicatorsTest {

    private final Indicators indicators = Indicators.shipped();

    @Test
    void everyIndicatorOfTheHeadlineAndTheSixActionsIsThere() {
        assertThat(indicators.all()).extracting(i -> i.code().toString()).contains(
                "above-scale-value-added", "advanced-manufacturing-share", "high-tech-manufacturing-share", "billion-yuan-revenue-enterprises",
                "industrial-patents-granted", "rd-institution-share", "rd-centres", "retrofit-enterprises", "retrofit-enterprises-revenue-50m",
                "retrofit-investment", "park-fixed-asset-investment", "park-value-added", "park-value-added-share", "industrial-investment",
                "smart-retrofit-enterprises", "smart-production-enterprises", "it-integration-pilot-enterprises",
                "it-integration-certified-enterprises", "it-integration-assessed-enterprises", "energy-intensity-reduction",
                "motor-efficiency-upgrade", "circular-retrofit-parks", "clean-production-audits", "energy-monitoring-connected-enterprises",
                "so2-emissions", "cod-emissions", "nox-emissions", "ammonia-nitrogen-emissions");
    }

    @Test
    void the2014BaselinesAreThePlans() {
        assertThat(baseline("above-scale-value-added")).isEqualByComparingTo("387");
        assertThat(baseline("advanced-manufacturing-share")).isEqualByComparingTo("14.7");
        assertThat(baseline("high-tech-manufacturing-share")).isEqualByComparingTo("3.2");
        assertThat(baseline("industrial-patents-granted")).isEqualByComparingTo("398");
        assertThat(baseline("rd-centres")).isEqualByComparingTo("60");
        assertThat(indicators.all().stream().filter(i -> i.baseline2014() != null)).hasSize(5);
    }

    @Test
    void ratiosNameTheirParts() {
        Indicator share = indicators.find("advanced-manufacturing-share").orElseThrow();
        assertThat(share.aggregation()).isEqualTo(Aggregation.RATIO);
        assertThat(share.numerator().toString()).isEqualTo("advanced-manufacturing-value-added");
        assertThat(share.denominator().toString()).isEqualTo("above-scale-value-added");
        assertThat(indicators.find("park-value-added-share").orElseThrow().denominator().toString()).isEqualTo("industrial-value-added");
        assertThat(indicators.find("rd-institution-share").orElseThrow().numerator().toString()).isEqualTo("enterprises-with-rd-institution");
    }

    @Test
    void unitsDirectionsAndOwnersFollowThePlan() {
        assertThat(indicators.find("industrial-investment").orElseThrow()).satisfies(i -> {
            assertThat(i.unit()).isEqualTo("亿元");
            assertThat(i.aggregation()).isEqualTo(Aggregation.SUM_OF_FLOWS);
            assertThat(i.owner()).isEqualTo("industrial-projects");
            assertThat(i.chineseName()).isEqualTo("工业投资");
        });
        assertThat(indicators.find("motor-efficiency-upgrade").orElseThrow().unit()).isEqualTo("万kW");
        assertThat(indicators.find("clean-production-audits").orElseThrow().aggregation()).isEqualTo(Aggregation.DISTINCT_COUNT);
        assertThat(indicators.find("so2-emissions").orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(indicators.all()).extracting(Indicator::owner).containsOnly("industrial-projects", "technical-retrofit", "park-metrics",
                "energy-audits", "industry-statistics");
        assertThat(List.of("nope", "Not A Code")).allSatisfy(code -> assertThat(indicators.find(code)).isEmpty());
    }

    @Test
    void aBrokenFileIsRefusedWhenRead() {
        String header = "code,chinese_name,english_name,unit,baseline_2014,direction,aggregation,numerator,denominator,growth_of,owner,plan_section\n";
        String row = "a,甲,A,亿元,,HIGHER_IS_BETTER,SUM_OF_FLOWS,,,,industrial-projects,2.4\n";
        assertThat(Indicators.read(header + "# a comment\n\n" + row).all()).hasSize(1);
        assertThatThrownBy(() -> Indicators.read(header + row + row)).hasMessageContaining("line 3").hasMessageContaining("twice");
        assertThatThrownBy(() -> Indicators.read(header + "b,乙,B,%,,HIGHER_IS_BETTER,RATIO,a,c,,industrial-projects,2.4\n" + row))
                .hasMessageContaining("unknown indicator c");
        assertThatThrownBy(() -> Indicators.read(header + row.replace("industrial-projects", "somebody"))).hasMessageContaining("somebody");
        assertThatThrownBy(() -> Indicators.read(header + row.replace("2.4", "\"2.4, quoted\""))).hasMessageContaining("quoted");
    }

    private BigDecimal baseline(String code) {
        return indicators.find(code).orElseThrow().baseline2014();
    }
}
