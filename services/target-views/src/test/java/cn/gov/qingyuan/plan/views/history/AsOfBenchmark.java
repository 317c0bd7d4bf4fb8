package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * {@code make bench-audit}: how long a view as of a past instant and a page of the trail take over a journal of
 * {@code -Dbench.events} events (default 1,000,000) in the MongoDB stand-in, the store {@code make run} uses. Prints
 * medians of {@code -Dbench.rounds} rounds; not part of {@code make test}.
 */
public final class AsOfBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final County[] COUNTIES = County.values();

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        try (MongoClient client = MongoClients.create(TestStack.get().mongoUri())) {
            MongoDatabase database = client.getDatabase(TestStack.uniqueName("as-of-bench"));
            long filling = System.nanoTime();
            Instant last = fill(database, events);
            System.out.printf("journal: %,d events written in %.1f s%n", events, (System.nanoTime() - filling) / 1e9);

            AuditJournal journal = new AuditJournal(database, JSON);
            PastViews past = new PastViews(journal, FigureRules.shipped(3), new PlanDay(Clock.systemUTC(), ""), JSON, new SimpleMeterRegistry());
            Instant middle = Instant.parse("2016-06-15T00:00:00Z");
            long reading = System.nanoTime();
            long[] read = {0};
            journal.each(AuditJournal.recordedBy(last), entry -> read[0]++);
            double readSeconds = (System.nanoTime() - reading) / 1e9;
            for (int batch : new int[] {1_000, 10_000}) {
                long raw = System.nanoTime();
                long[] docs = {0};
                database.getCollection("audit_events").find(AuditJournal.recordedBy(last)).sort(com.mongodb.client.model.Sorts.ascending("at", "_id"))
                        .batchSize(batch).forEach(d -> docs[0]++);
                double full = (System.nanoTime() - raw) / 1e9;
                raw = System.nanoTime();
                database.getCollection("audit_events").find(AuditJournal.recordedBy(last)).sort(com.mongodb.client.model.Sorts.ascending("at", "_id"))
                        .projection(com.mongodb.client.model.Projections.include("at", "type", "version", "aggregateId", "sequence", "data"))
                        .batchSize(batch).forEach(d -> docs[0]++);
                double slim = (System.nanoTime() - raw) / 1e9;
                raw = System.nanoTime();
                database.getCollection("audit_events").find().batchSize(batch).forEach(d -> docs[0]++);
                System.out.printf("raw read, batch %d: whole documents %.2f s, six fields %.2f s, unsorted unfiltered %.2f s%n", batch, full, slim,
                        (System.nanoTime() - raw) / 1e9);
            }
            long decoding = System.nanoTime();
            journal.each(AuditJournal.recordedBy(last), entry -> entry.event(JSON));
            System.out.printf("reading the whole journal: %.1f s (%.0f entries/s); reading and decoding the payloads: %.1f s%n",
                    readSeconds, read[0] / readSeconds, (System.nanoTime() - decoding) / 1e9);
            for (Instant asOf : new Instant[] {middle, last}) {
                long[] replay = new long[rounds];
                long[] view = new long[rounds];
                for (int round = 0; round < rounds; round++) {
                    long start = System.nanoTime();
                    // A moment a microsecond apart each round, so no round reuses the last replay.
                    PastViews.Past then = past.at(asOf.minus(round, ChronoUnit.MICROS));
                    replay[round] = System.nanoTime() - start;
                    long viewStart = System.nanoTime();
                    then.figures().views().city(TargetPeriod.parse("2015-2017"), then.today());
                    view[round] = System.nanoTime() - viewStart;
                    if (round == 0) {
                        System.out.printf("as of %s: %,d events replayed%n", asOf, then.events());
                    }
                }
                long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                System.out.printf("  replay median %.0f ms (%.0f events/s), then the city view %.1f ms; heap in use %d MB%n",
                        median(replay) / 1e6, then(past, asOf) / (median(replay) / 1e9), median(view) / 1e6, used >> 20);
            }
            long[] page = new long[rounds];
            AuditJournal.Cursor cursor = null;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                AuditJournal.Page result = journal.page(Filters.eq("county", "yingde"), cursor, 100);
                page[round] = System.nanoTime() - start;
                cursor = result.next();
            }
            System.out.printf("trail page (county=yingde, 100 entries, following the cursor): median %.0f ms%n", median(page) / 1e6);
            database.drop();
        }
        System.exit(0);
    }

    private static long then(PastViews past, Instant asOf) {
        return past.at(asOf).events();
    }

    /** Monthly project reports (a tenth corrected), and every county's statistical and energy returns, over the plan. */
    private static Instant fill(MongoDatabase database, int events) throws Exception {
        Random random = new Random(42);
        List<Document> batch = new ArrayList<>();
        Instant recorded = Instant.parse("2015-02-01T00:00:00Z");
        long step = ChronoUnit.MICROS.between(recorded, Instant.parse("2018-01-20T00:00:00Z")) / events;
        int projects = Math.max(1, events / 40);
        for (int i = 0; i < events; i++) {
            recorded = recorded.plus(step, ChronoUnit.MICROS);
            LocalDate day = LocalDate.ofInstant(recorded, java.time.ZoneOffset.UTC);
            ReportingPeriod period = new ReportingPeriod(java.time.YearMonth.from(day).minusMonths(1));
            if (period.year() < 2015 || period.year() > 2017) {
                period = ReportingPeriod.of(2017, 12);
            }
            County county = COUNTIES[random.nextInt(COUNTIES.length)];
            int kind = random.nextInt(20);
            Object event;
            String aggregate;
            String topic;
            long sequence;
            if (kind == 0) {
                aggregate = county.code() + "/" + period;
                topic = Topics.INDUSTRY_STATISTICS;
                sequence = 0;
                event = new StatisticalReturnSubmitted(aggregate, county, period, new StatisticalFigures(amount(random, 90_000), amount(random, 20_000),
                        amount(random, 3_000), amount(random, 100_000), 300, 30, 10, 5, 2, 1, 1, 1), day, false);
            } else if (kind == 1) {
                aggregate = "energy:" + county.code() + "/" + period;
                topic = Topics.ENERGY_AUDITS;
                sequence = 0;
                event = new CountyEnergyReturnSubmitted(aggregate, county, period, new EnergyReturnFigures(amount(random, 9_000),
                        amount(random, 80), amount(random, 60), amount(random, 70), amount(random, 9), null, null, null, null), day, false);
            } else {
                aggregate = "project-" + random.nextInt(projects);
                topic = Topics.INDUSTRIAL_PROJECTS;
                sequence = i;
                event = kind == 2
                        ? new ProjectInvestmentCorrected(aggregate, county, period, amount(random, 5_000), amount(random, 5_000), i - 1, "corrected figure")
                        : new ProjectInvestmentReported(aggregate, county, period, amount(random, 5_000), day, false);
            }
            JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), EventType.of(event.getClass()), topic, "/bench", aggregate,
                    sequence, recorded, recorded.toString(), "bench", "reporter", "county:" + county.code(), UUID.randomUUID().toString(),
                    county.code(), period.toString(), List.of(), false, null, null, JSON.writeValueAsString(event), 0, i);
            batch.add(entry.toDocument());
            if (batch.size() == 1_000) {
                database.getCollection("audit_events").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            database.getCollection("audit_events").insertMany(batch);
        }
        return recorded;
    }

    private static BigDecimal amount(Random random, int scale) {
        return BigDecimal.valueOf(random.nextInt(scale * 100) + 1, 2);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private AsOfBenchmark() {
    }
}
