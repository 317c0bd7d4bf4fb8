package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.Figures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every view as it stood at a past instant: the journal's events recorded up to then, replayed through the live
 * projection's handlers into fresh knowledge, and the one set of figure rules applied to it, with "today" that day.
 * The last replay is kept until the journal changes, so the panels of one dashboard moment cost one replay.
 */
@Component
public class PastViews {

    /** The views as of {@code asOf}, and which entries wrote each fact behind them. */
    public record Past(Instant asOf, LocalDate today, Figures figures, VersionHistory history, long events) {
    }

    private record Kept(Instant asOf, long journalVersion, Past past) {
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

    public Past at(Instant asOf) {
        long version = journal.version();
        Kept last = kept;
        if (last != null && last.asOf().equals(asOf) && last.journalVersion() == version) {
            return last.past();
        }
        Past past = replays.record(() -> replay(asOf));
        kept = new Kept(asOf, version, past);
        return past;
    }

    private Past replay(Instant asOf) {
        VersionHistory history = new VersionHistory();
        Replay replay = new Replay(history);
        long[] events = {0};
        journal.each(AuditJournal.recordedBy(asOf), entry -> {
            history.applying(entry);
            replay.apply(entry.event(json), entry.envelope());
            events[0]++;
        });
        return new Past(asOf, day.on(asOf), rules.over(replay.knowledge()), history, events[0]);
    }

    public FigureRules rules() {
        return rules;
    }
}
