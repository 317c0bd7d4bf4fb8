package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.targets.Aggregation;
import cn.gov.qingyuan.plan.contracts.targets.Direction;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the views are about, for the dashboard's menus and legends. */
@RestController
class CatalogueController {

    /** An indicator as the catalogue has always named its fields (the dashboard reads {@code nameZh}, {@code section}). */
    record CatalogueIndicator(String code, String nameZh, String nameEn, String unit, BigDecimal baseline2014, Direction direction,
                              Aggregation aggregation, String numerator, String denominator, String growthOf, String owner,
                              String section) {

        static CatalogueIndicator of(Indicator i) {
            return new CatalogueIndicator(i.code().value(), i.chineseName(), i.englishName(), i.unit(), i.baseline2014(), i.direction(),
                    i.aggregation(), text(i.numerator()), text(i.denominator()), text(i.growthOf()), i.owner(), i.planSection());
        }

        private static String text(IndicatorCode code) {
            return code == null ? null : code.value();
        }
    }

    /** The same for every call: the shipped indicators and parks do not change while the service runs. */
    private final Map<String, Object> catalogue;

    CatalogueController(Indicators indicators, Parks parks) {
        this.catalogue = Map.of(
                "indicators", indicators.all().stream().map(CatalogueIndicator::of).toList(),
                "counties", Arrays.stream(County.values())
                        .map(c -> Map.of("code", c.code(), "nameZh", c.chineseName(), "nameEn", c.englishName())).toList(),
                "parks", parks.all().stream().map(p -> Map.of("id", p.id(), "nameZh", p.chineseName(), "nameEn", p.englishName(),
                        "county", p.hostCounty().code())).toList(),
                "periods", List.of("2015", "2016", "2017", "2015-2017"),
                "statusThresholds", Map.of("AHEAD", "progress >= 105 %", "ON_TRACK", "95 % <= progress < 105 %",
                        "AT_RISK", "85 % <= progress < 95 %", "BEHIND", "progress < 85 %",
                        "progress", "actual / expected-by-now (expected / actual for a ceiling)"));
    }

    @Operation(summary = "The indicators, counties, parks, periods and status thresholds the views use")
    @GetMapping("/api/views/catalogue")
    Map<String, Object> catalogue() {
        return catalogue;
    }
}
