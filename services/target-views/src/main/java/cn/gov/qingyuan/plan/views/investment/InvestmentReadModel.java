package cn.gov.qingyuan.plan.views.investment;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.projection.ReadModels;
import cn.gov.qingyuan.plan.views.targets.ViewPeriod;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The industrial investment read model in MongoDB. Facts (one document per project, per project-month
 * report, per project milestone) are written idempotently from events; the county and city views are
 * derived from the facts and rewritten whole after each event, so a redelivery, a reordering or a crash
 * between the two writes leaves them right once the event is (re)applied.
 */
@Component
class InvestmentReadModel {

    static final String CITY = "city";

    private final MongoCollection<Document> projects;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> milestones;
    private final MongoCollection<Document> views;
    private final ViewPeriod planSpan;

    InvestmentReadModel(MongoDatabase database, @Value("${plan.first-year:2015}") int firstYear,
                        @Value("${plan.last-year:2017}") int lastYear) {
        this.projects = database.getCollection("investment_projects");
        this.reports = database.getCollection("investment_reports");
        this.milestones = database.getCollection("investment_milestones");
        this.views = database.getCollection("investment_views");
        this.planSpan = new ViewPeriod(firstYear, lastYear);
    }

    ViewPeriod planSpan() {
        return planSpan;
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

    /** The project's furthest stage, from the milestones recorded for it (reached in any order). */
    void refreshStage(String projectId) {
        ProjectStage furthest = ProjectStage.NEGOTIATING;
        for (Document milestone : milestones.find(Filters.eq("projectId", projectId))) {
            ProjectStage stage = ProjectStage.valueOf(milestone.getString("stage"));
            if (furthest.isBefore(stage)) {
                furthest = stage;
            }
        }
        projects.updateOne(Filters.eq("_id", projectId), com.mongodb.client.model.Updates.set("stage", furthest.name()));
    }

    /** Recomputes how many projects of the county, and of the city, stand at each stage now. */
    void refreshPipeline(County county) {
        ReadModels.put(views, pipelineId(county.code()), pipeline(Filters.eq("county", county.code()), county.code()));
        ReadModels.put(views, pipelineId(CITY), pipeline(new Document(), CITY));
    }

    /** Recomputes the views an event in {@code year} can change: the county's and the city's, for the year and the plan span. */
    void refreshViews(County county, int year) {
        List<ViewPeriod> periods = new ArrayList<>(List.of(ViewPeriod.year(year)));
        if (planSpan.contains(year)) {
            periods.add(planSpan);
        }
        for (ViewPeriod period : periods) {
            ReadModels.put(views, viewId(county.code(), period), compute(Filters.eq("county", county.code()), county.code(), period));
            ReadModels.put(views, viewId(CITY, period), compute(new Document(), CITY, period));
        }
    }

    Optional<Document> view(String scope, ViewPeriod period) {
        return Optional.ofNullable(views.find(Filters.eq("_id", viewId(scope, period))).first());
    }

    Optional<Document> pipeline(String scope) {
        return Optional.ofNullable(views.find(Filters.eq("_id", pipelineId(scope))).first());
    }

    private Document pipeline(Bson scopeFilter, String scope) {
        Document byStage = countByStage(projects, scopeFilter);
        long total = byStage.values().stream().mapToLong(n -> (Long) n).sum();
        return new Document("scope", scope).append("projects", total).append("projectsByStage", byStage)
                .append("updatedAt", Instant.now().toString());
    }

    private Document compute(Bson scopeFilter, String scope, ViewPeriod period) {
        Bson inPeriod = Filters.and(scopeFilter, Filters.gte("year", period.firstYear()), Filters.lte("year", period.lastYear()));
        Document totals = reports.aggregate(List.of(Aggregates.match(inPeriod), Aggregates.group(null,
                Accumulators.sum("yuan", "$amountYuan"), Accumulators.sum("reports", 1)))).first();
        return new Document("scope", scope)
                .append("period", period.toString())
                .append("investmentCompletedYuan", totals == null ? 0L : ReadModels.longValue(totals.get("yuan")))
                .append("reports", totals == null ? 0L : ReadModels.longValue(totals.get("reports")))
                .append("milestonesReached", countByStage(milestones, inPeriod))
                .append("updatedAt", Instant.now().toString());
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

    private static String viewId(String scope, ViewPeriod period) {
        return scope + "|" + period;
    }

    private static String pipelineId(String scope) {
        return scope + "|pipeline";
    }
}
