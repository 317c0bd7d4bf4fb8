package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.Figures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every view as it stood at a past instant: the journal's events recorded up to then, replayed through the live
 * projection's handlers into fresh knowledge, and the one set of figure rules applied to it, with "today" that day.
 * The last replay is kept until the journal changes, so the panels of one dashboard moment cost one replay.
 */
@Component
public class PastViews {

    /** The views as of {@code asOf}, and which entries wrote the facts asked to be explained. */
    public record Past(Instant asOf, LocalDate today, Figures figures, VersionHistory history, long events) {
    }

    /** What a replay was for: the moment, the journal as it was, and the measures whose history it kept. */
    private record Kept(Instant asOf, long journalVersion, Set<Measure> explained, Past past) {
    }

    private final AuditJournal journal;
    private final FigureRules rules;
    private final PlanDay day;
    private final ObjectMapper json;
    private final Timer replays;
    private volatile Kept kept;

    PastViews(AuditJournal journal, FigureRules rules, PlanDay day, ObjectMapper json, MeterRegistry meters) {
        this.journal = journal;
        this.rules = rules;
        this.day = day;
        this.json = json;
        this.replays = Timer.builder("plan.audit.replay").description("Replays of the journal for a view as of a past instant")
                .register(meters);
    }

    /** The views as of {@code asOf}, without the history behind them. */
    public Past at(Instant asOf) {
        return replayed(asOf, Set.of());
    }

    /** The views as of {@code asOf}, with the events behind every fact of these measures and behind every target. */
    public Past explained(Instant asOf, Set<Measure> measures) {
        return replayed(asOf, measures);
    }

    private Past replayed(Instant asOf, Set<Measure> measures) {
        long version = journal.version();
        Kept last = kept;
        if (last != null && last.asOf().equals(asOf) && last.journalVersion() == version && last.explained().containsAll(measures)) {
            return last.past();
        }
        Past past = replays.record(() -> replay(asOf, measures));
        kept = new Kept(asOf, version, Set.copyOf(measures), past);
        return past;
    }

    private Past replay(Instant asOf, Set<Measure> measures) {
        Set<String> prefixes = measures.stream().map(measure -> "fact|" + measure.name() + "|").collect(Collectors.toSet());
        VersionHistory history = new VersionHistory(measures.isEmpty() ? VersionHistory.NOTHING
                : key -> key.startsWith("target|") || prefixes.stream().anyMatch(key::startsWith));
        Replay replay = new Replay(history);
        long[] events = {0};
        Consumer<JournalEntry> apply = entry -> {
            history.applying(entry);
            replay.apply(entry.event(json), entry.envelope());
            events[0]++;
        };
        if (measures.isEmpty()) {
            journal.eachToReplay(AuditJournal.recordedBy(asOf), apply);
        } else {
            journal.each(AuditJournal.recordedBy(asOf), apply);
        }
        return new Past(asOf, day.on(asOf), rules.over(replay.knowledge()), history, events[0]);
    }

    public FigureRules rules() {
        return rules;
    }
}
