package cn.gov.qingyuan.plan.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension names are on the wire: consumers of every version read them, so they never change. */
class CloudEventExtensionsTest {

    @Test
    void theNamesAreTheOnesOnTheWire() {
        assertThat(CloudEventExtensions.AGGREGATE_SEQUENCE).isEqualTo("aggregatesequence");
        assertThat(CloudEventExtensions.SCHEMA_VERSION).isEqualTo("schemaversion");
        assertThat(CloudEventExtensions.SUBMITTED_BY).isEqualTo("submittedby");
        assertThat(CloudEventExtensions.ORGANISATION).isEqualTo("organisation");
        assertThat(CloudEventExtensions.SUBMITTER_ROLE).isEqualTo("submitterrole");
        assertThat(CloudEventExtensions.SUBMITTED_AT).isEqualTo("submittedat");
        assertThat(CloudEventExtensions.CORRELATION_ID).isEqualTo("correlationid");
    }
}
