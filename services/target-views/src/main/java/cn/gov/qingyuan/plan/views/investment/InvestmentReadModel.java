package cn.gov.qingyuan.plan.views.investment;

import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.projection.ReadModels;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The industrial investment read model in MongoDB: facts (one document per project, per project-month report, per
 * project milestone) written idempotently from events. The county and city views are computed from the facts when
 * read, so an event costs one indexed write however many facts there are, and a redelivery, a reordering or a crash
 * can never leave a derived document behind.
 */
@Component
class InvestmentReadModel {

    static final String CITY = "city";

    private final MongoCollection<Document> projects;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> milestones;

    InvestmentReadModel(MongoDatabase database) {
        this.projects = database.getCollection("investment_projects");
        this.reports = database.getCollection("investment_reports");
        this.milestones = database.getCollection("investment_milestones");
    }

    MongoCollection<Document> projects() {
        return projects;
    }

    MongoCollection<Document> reports() {
        return reports;
    }

    MongoCollection<Document> milestones() {
        return milestones;
    }

    /** The scope's investment in the period: total, reports, milestones reached; empty if nothing was reported. */
    Optional<Document> view(String scope, TargetPeriod period) {
        Bson inPeriod = Filters.and(scopeFilter(scope), Filters.gte("year", period.firstYear()), Filters.lte("year", period.lastYear()));
        Document totals = reports.aggregate(List.of(Aggregates.match(inPeriod), Aggregates.group(null,
                Accumulators.sum("yuan", "$amountYuan"), Accumulators.sum("reports", 1), Accumulators.max("updatedAt", "$recordedAt")))).first();
        Document reached = milestones.aggregate(List.of(Aggregates.match(inPeriod), Aggregates.group(null,
                Accumulators.max("updatedAt", "$recordedAt")))).first();
        if (totals == null && reached == null) {
            return Optional.empty();
        }
        return Optional.of(new Document("scope", scope)
                .append("period", period.toString())
                .append("investmentCompletedYuan", totals == null ? 0L : ReadModels.longValue(totals.get("yuan")))
                .append("reports", totals == null ? 0L : ReadModels.longValue(totals.get("reports")))
                .append("milestonesReached", countByStage(milestones, inPeriod))
                .append("updatedAt", later(totals, reached)));
    }

    /** How many projects of the scope stand at each stage now: each project at the furthest milestone it reached. */
    Optional<Document> pipeline(String scope) {
        Map<String, ProjectStage> furthest = new HashMap<>();
        for (Document project : projects.find(scopeFilter(scope))) {
            furthest.put(project.getString("_id"), ProjectStage.NEGOTIATING);
        }
        if (furthest.isEmpty()) {
            return Optional.empty();
        }
        for (Document milestone : milestones.find(scopeFilter(scope))) {
            ProjectStage stage = ProjectStage.valueOf(milestone.getString("stage"));
            furthest.computeIfPresent(milestone.getString("projectId"), (id, current) -> current.isBefore(stage) ? stage : current);
        }
        Document byStage = new Document();
        for (ProjectStage stage : ProjectStage.values()) {
            byStage.append(stage.name(), furthest.values().stream().filter(stage::equals).count());
        }
        return Optional.of(new Document("scope", scope).append("projects", (long) furthest.size()).append("projectsByStage", byStage));
    }

    private static Bson scopeFilter(String scope) {
        return CITY.equals(scope) ? new Document() : Filters.eq("county", scope);
    }

    private static String later(Document a, Document b) {
        String x = a == null ? null : a.getString("updatedAt");
        String y = b == null ? null : b.getString("updatedAt");
        if (x == null) {
            return y;
        }
        return y == null || x.compareTo(y) >= 0 ? x : y;
    }

    private static Document countByStage(MongoCollection<Document> collection, Bson filter) {
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage, 0L);
        }
        for (Document group : collection.aggregate(List.of(Aggregates.match(filter), Aggregates.group("$stage", Accumulators.sum("n", 1))))) {
            Object stage = group.get("_id");
            if (stage != null) {
                counts.merge(ProjectStage.valueOf(stage.toString()), ReadModels.longValue(group.get("n")), Long::sum);
            }
        }
        Document doc = new Document();
        counts.forEach((stage, n) -> doc.append(stage.name(), n));
        return doc;
    }
}
