package cn.gov.qingyuan.plan.contracts.retrofit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType.EQUIPMENT_RENEWAL;
import static cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType.SMART_PRODUCTION;
import static cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType.SMART_RETROFIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retrofit contracts as consumers see them: names on Kafka, JSON shapes, enterprise codes. Moves with the contracts. */
class RetrofitContractsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final EnterpriseCode CODE = new EnterpriseCode("91441802MA4W3B1N6B");

    @Test
    void everyRetrofitEventHasADistinctVersionedType() {
        assertThat(RetrofitProjectEvent.ALL).map(EventType::of).map(EventType::cloudEventType)
                .containsExactly("cn.gov.qingyuan.plan.retrofit.RetrofitProjectRegistered.v1",
                        "cn.gov.qingyuan.plan.retrofit.RetrofitInvestmentReported.v1",
                        "cn.gov.qingyuan.plan.retrofit.RetrofitInvestmentCorrected.v1",
                        "cn.gov.qingyuan.plan.retrofit.RetrofitProjectCompleted.v1");
        assertThat(RetrofitProjectEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(RetrofitProjectEvent.ALL);
        assertThat(RetrofitProjectEvent.ALL).allMatch(Class::isRecord);
    }

    @Test
    void aReportTravelsAsPlainJsonWithCountyCodeEnterpriseCodeAndPeriodText() throws Exception {
        var event = new RetrofitInvestmentReported("r-1", County.QINGCHENG, CODE, ReportingPeriod.of(2015, 3), new BigDecimal("1250.50"),
                LocalDate.of(2015, 4, 9), true);
        String text = json.writeValueAsString(event);
        assertThat(text).isEqualTo("{\"projectId\":\"r-1\",\"county\":\"qingcheng\",\"enterpriseCode\":\"91441802MA4W3B1N6B\","
                + "\"period\":\"2015-03\",\"amountWanYuan\":1250.50,\"reportedOn\":\"2015-04-09\",\"late\":true}");
        assertThat(json.readValue(text, RetrofitInvestmentReported.class)).isEqualTo(event);
    }

    @Test
    void retrofitTypesAreWrittenInDeclarationOrderWhateverOrderTheyCameIn() throws Exception {
        var completed = new RetrofitProjectCompleted("r-1", County.QINGCHENG, CODE, LocalDate.of(2015, 9, 30), true, false,
                new java.util.LinkedHashSet<>(List.of(SMART_PRODUCTION, EQUIPMENT_RENEWAL, SMART_RETROFIT)));
        String text = json.writeValueAsString(completed);
        assertThat(text).contains("\"retrofitTypes\":[\"EQUIPMENT_RENEWAL\",\"SMART_RETROFIT\",\"SMART_PRODUCTION\"]");
        RetrofitProjectCompleted read = json.readValue(text, RetrofitProjectCompleted.class);
        assertThat(read).isEqualTo(completed);
        assertThat(read.retrofitTypes()).isEqualTo(Set.of(SMART_RETROFIT, SMART_PRODUCTION, EQUIPMENT_RENEWAL));
        assertThatThrownBy(() -> read.retrofitTypes().add(RetrofitType.OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRegistrationRoundTrips() throws Exception {
        var registered = new RetrofitProjectRegistered("r-1", CODE, "Qingyuan Steel", County.QINGCHENG, null, true, true,
                Set.of(SMART_RETROFIT), new BigDecimal("8000.25"), false);
        assertThat(json.readValue(json.writeValueAsString(registered), RetrofitProjectRegistered.class)).isEqualTo(registered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91441881MA4UK7P2XL", "91441821MA4X0C2L5Y", "123456789012345678"})
    void anEighteenCharacterCodeOfDigitsAndAllowedLettersIsAnEnterpriseCode(String code) {
        assertThat(EnterpriseCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91441881MA4UK7P2X", "91441881MA4UK7P2XLL", "91441881ma4uk7p2xl", "91441881MA4UK7P2XI",
            "91441881MA4UK7P2XO", "91441881MA4UK7P2XS", "91441881MA4UK7P2XV", "91441881MA4UK7P2XZ", "91441881MA4UK7P2X-", ""})
    void anythingElseIsRefusedWithTheFormat(String code) {
        assertThatThrownBy(() -> EnterpriseCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("18-character unified social credit code");
    }
}
