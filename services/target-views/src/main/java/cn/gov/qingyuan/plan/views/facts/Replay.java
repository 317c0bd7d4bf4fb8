package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.EventHandlers;

import java.util.ArrayList;
import java.util.List;

/**
 * Knowledge rebuilt in memory from events read back (the audit journal), through the live projection's own handlers:
 * what the views showed at a past moment is what these events give, by the same rules.
 */
public final class Replay {

    private final Knowledge knowledge = Knowledge.empty();
    private final EventHandlers handlers;

    public Replay(FactHistory history) {
        this(history, new FactChanges());
    }

    private Replay(FactHistory history, FactChanges changes) {
        this.handlers = new IndicatorFactsProjection(new FactStore(knowledge, history), changes).handlers();
    }

    /** Applies one event, in the order of its aggregate's sequence like the live consumer. */
    public void apply(Object event, EventEnvelope envelope) {
        handlers.handle(event, envelope);
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** What one event changes, on its own: the measures, targets, county and years a view reads it under. */
    public static List<FactsChanged> changesOf(Object event, EventEnvelope envelope) {
        List<FactsChanged> changes = new ArrayList<>();
        FactChanges listener = new FactChanges();
        listener.subscribe(changes::add);
        new Replay(FactHistory.NONE, listener).apply(event, envelope);
        return changes;
    }
}
