package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stage an industrial project reached, and when.
 *
 * @param recordedAt when the producer's store recorded it (the investment detail view's {@code updatedAt})
 */
public record Milestone(String projectId, String county, ProjectStage stage, LocalDate reachedOn, Instant recordedAt) {

    String key() {
        return projectId + "|" + stage;
    }

    Document toDocument() {
        return new Document("projectId", projectId).append("county", county).append("stage", stage.name())
                .append("reachedOn", reachedOn.toString()).append("year", reachedOn.getYear())
                .append("recordedAt", recordedAt == null ? null : recordedAt.toString());
    }

    static Milestone fromDocument(Document stored) {
        String recordedAt = stored.getString("recordedAt");
        return new Milestone(stored.getString("projectId"), stored.getString("county"), ProjectStage.valueOf(stored.getString("stage")),
                LocalDate.parse(stored.getString("reachedOn")), recordedAt == null ? null : Instant.parse(recordedAt));
    }
}
