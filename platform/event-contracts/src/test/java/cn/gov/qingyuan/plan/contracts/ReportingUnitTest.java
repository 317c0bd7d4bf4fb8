package cn.gov.qingyuan.plan.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingUnitTest {

    @Test
    void aCountyCoversItsOwnCountyOnly() {
        ReportingUnit qingcheng = ReportingUnit.parse("county:qingcheng");
        assertThat(qingcheng.covers(County.QINGCHENG, null)).isTrue();
        assertThat(qingcheng.covers(County.QINGCHENG, "yuantan")).isTrue();
        assertThat(qingcheng.covers(County.YINGDE, null)).isFalse();
    }

    @Test
    void aParkCommitteeCoversItsOwnParkOnly() {
        ReportingUnit yuantan = ReportingUnit.parse("park:yuantan");
        assertThat(yuantan.covers(County.QINGCHENG, "yuantan")).isTrue();
        assertThat(yuantan.covers(County.QINGCHENG, null)).isFalse();
        assertThat(yuantan.covers(County.QINGCHENG, "high-tech-zone")).isFalse();
    }

    @Test
    void aCityBureauReportsCitywide() {
        assertThat(ReportingUnit.parse("bureau:economy-it").covers(County.LIANNAN, null)).isTrue();
    }

    @Test
    void malformedUnitsAreRefused() {
        assertThatThrownBy(() -> ReportingUnit.parse("qingcheng")).hasMessageContaining("county:<code>");
        assertThatThrownBy(() -> ReportingUnit.parse("county:atlantis")).hasMessageContaining("unknown county");
        assertThatThrownBy(() -> ReportingUnit.parse("village:x")).hasMessageContaining("county:<code>");
        assertThat(ReportingUnit.parse("PARK:yuantan").toString()).isEqualTo("park:yuantan");
    }

    @Test
    void onlyTheRegisteredParksAndBureausAreReportingUnits() {
        assertThat(ReportingUnit.parse("county:lianshan").registered()).isTrue();
        assertThat(ReportingUnit.parse("park:huaqiao").registered()).isTrue();
        assertThat(ReportingUnit.parse("park:no-such-park").registered()).isFalse();
        assertThat(ReportingUnit.parse("bureau:statistics").registered()).isTrue();
        assertThat(ReportingUnit.parse("bureau:sec-no-such-bureau").registered()).isFalse();
    }

    @Test
    void aBureauReportsOnlyInItsDomains() {
        ReportingUnit environment = ReportingUnit.parse("bureau:environment");
        assertThat(environment.reportsIn(ReportingDomain.ENERGY_AND_EMISSIONS)).isTrue();
        assertThat(environment.reportsIn(ReportingDomain.CLEAN_PRODUCTION)).isTrue();
        assertThat(environment.reportsIn(ReportingDomain.INDUSTRIAL_PROJECTS)).isFalse();
        assertThat(ReportingUnit.parse("bureau:finance").reportsIn(ReportingDomain.INDUSTRY_STATISTICS)).isFalse();
        assertThat(ReportingUnit.parse("bureau:sec-no-such-bureau").reportsIn(ReportingDomain.INDUSTRIAL_PROJECTS)).isFalse();
        assertThat(ReportingUnit.parse("county:yingde").reportsIn(ReportingDomain.INDUSTRIAL_PROJECTS)).isTrue();
        assertThat(ReportingUnit.parse("park:huaqiao").reportsIn(ReportingDomain.PARK_METRICS)).isTrue();
    }

    @Test
    void everyShippedBureauHasItsNamesAndEveryDomainHasABureau() {
        assertThat(Bureaus.shipped().all()).extracting(Bureau::code)
                .contains("economy-it", "development-reform", "science", "environment", "statistics");
        assertThat(Bureaus.shipped().all()).allSatisfy(bureau -> assertThat(bureau.chineseName()).endsWith("局"));
        for (ReportingDomain domain : ReportingDomain.values()) {
            if (domain != ReportingDomain.PLAN_TARGETS) {
                assertThat(Bureaus.shipped().all()).as(domain.label()).anyMatch(bureau -> bureau.reportsIn(domain));
            }
        }
    }
}
