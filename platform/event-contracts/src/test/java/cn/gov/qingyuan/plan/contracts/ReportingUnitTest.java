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
}
