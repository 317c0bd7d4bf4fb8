package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.views.facts.Knowledge;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The live views, over the knowledge of the read-model generation readers are on. Readers ask for the current figures
 * on every request and never keep them, so switching to a rebuilt generation is one reference swap: a request in
 * flight finishes on the figures it started with, the next one gets the new ones, none fails.
 */
public final class LiveFigures {

    private record Current(Knowledge knowledge, Figures figures) {
    }

    private final FigureRules rules;
    private final AtomicReference<Current> current;

    public LiveFigures(FigureRules rules, Knowledge knowledge) {
        this.rules = rules;
        this.current = new AtomicReference<>(new Current(knowledge, rules.over(knowledge)));
    }

    public Figures figures() {
        return current.get().figures();
    }

    public Knowledge knowledge() {
        return current.get().knowledge();
    }

    /** Readers read {@code knowledge} from their next request on. */
    public void switchTo(Knowledge knowledge) {
        current.set(new Current(knowledge, rules.over(knowledge)));
    }
}
