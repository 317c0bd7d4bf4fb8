package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.http.Submitter;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata a command carries about its submission. Axon copies it onto every event the command
 * causes (see the correlation data provider in {@code EventingAutoConfiguration}), so each stored event
 * says who submitted it (the verified token's subject and role), for which reporting unit, when, and in which
 * request.
 */
final class SubmissionMetadata {

    private SubmissionMetadata() {
    }

    static MetaData of(Submitter submitter, Instant submittedAt, String correlationId, String clientReference) {
        Map<String, Object> values = new HashMap<>();
        values.put(EventMetadata.SUBMITTED_BY, submitter.subject());
        values.put(EventMetadata.ROLE, submitter.role().name().toLowerCase(Locale.ROOT));
        values.put(EventMetadata.SUBMITTED_AT, submittedAt.toString());
        if (submitter.organisation() != null) {
            values.put(EventMetadata.ORGANISATION, submitter.organisation());
        }
        if (correlationId != null) {
            values.put(EventMetadata.CORRELATION_ID, correlationId);
        }
        if (clientReference != null) {
            values.put(EventMetadata.CLIENT_REFERENCE, clientReference);
        }
        return MetaData.from(values);
    }
}
