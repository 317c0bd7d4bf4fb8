package cn.gov.qingyuan.plan.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParksTest {

    @Test
    void everyZoneThePlanNamesIsShippedWithItsHostCounty() {
        Parks parks = Parks.shipped();
        assertThat(parks.all()).hasSize(11);
        assertThat(parks.find("huaqiao")).get().extracting(Park::hostCounty).isEqualTo(County.YINGDE);
        assertThat(parks.find("minzu")).get().extracting(Park::hostCounty).isEqualTo(County.LIANZHOU);
        assertThat(parks.find("nowhere")).isEmpty();
    }
}
