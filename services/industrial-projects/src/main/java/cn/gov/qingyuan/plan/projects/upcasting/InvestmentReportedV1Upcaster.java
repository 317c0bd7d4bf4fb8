package cn.gov.qingyuan.plan.projects.upcasting;

import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.contracts.PlanZone;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reads {@code ProjectInvestmentReported} v1 (no {@code reportedOn}, no {@code late}) as v2. The day of the
 * report is the day its submission was accepted ({@code submittedAt} in the event's metadata, in Qingyuan),
 * so the lateness of a v1 report is derived exactly, not guessed. The stored v1 row is never rewritten.
 */
@Component
class InvestmentReportedV1Upcaster extends SingleEventUpcaster {

    private static final String TYPE = ProjectInvestmentReported.class.getName();
    private static final ZoneId QINGYUAN = PlanZone.QINGYUAN;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Object submittedAt = event.getMetaData().getObject().get(EventMetadata.SUBMITTED_AT);
        LocalDate reportedOn = submittedAt == null ? null : Instant.parse(submittedAt.toString()).atZone(QINGYUAN).toLocalDate();
        return event.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ObjectNode v2 = ((ObjectNode) payload).deepCopy();
            ReportingPeriod period = ReportingPeriod.parse(v2.get("period").asText());
            v2.put("reportedOn", reportedOn == null ? null : reportedOn.toString());
            v2.put("late", reportedOn != null && reportedOn.isAfter(period.dueDate()));
            return v2;
        });
    }
}
