package cn.gov.qingyuan.plan.commands;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.Map;

/**
 * What every accepted submission is answered with (ADR 0009): the record's {@code id}, the same id under its
 * kind's declared name ({@code projectId}, {@code returnId}, ...) for the clients written before the kit, the
 * record's version after the change (also the ETag), the request's correlation id and when it was accepted.
 */
@JsonPropertyOrder({"id", "version", "correlationId", "submittedAt"})
public record SubmissionReceipt(String id, @JsonIgnore String idField, long version, String correlationId, Instant submittedAt) {

    @JsonAnyGetter
    Map<String, Object> alias() {
        return idField.equals("id") ? Map.of() : Map.of(idField, id);
    }
}
