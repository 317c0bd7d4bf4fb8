package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.views.facts.Knowledge;
import cn.gov.qingyuan.plan.views.facts.FactsChanged;
import cn.gov.qingyuan.plan.views.facts.Measure;

import java.util.LinkedHashSet;
import java.util.Set;

/** The one set of figure rules, applied to any knowledge: the current one (live views) or a replay's (past views). */
public final class FigureRules {

    private final Indicators indicators;
    private final Parks parks;
    private final int bottomGroupSize;
    private final Recipes recipes;

    FigureRules(Indicators indicators, Parks parks, int bottomGroupSize) {
        this.indicators = indicators;
        this.recipes = new Recipes(indicators);
        this.parks = parks;
        this.bottomGroupSize = bottomGroupSize;
    }

    /** The rules over the shipped catalogue and parks: what a benchmark or a tool outside Spring applies. */
    public static FigureRules shipped(int bottomGroupSize) {
        return new FigureRules(Indicators.shipped(), Parks.shipped(), bottomGroupSize);
    }

    public Figures over(Knowledge knowledge) {
        return new Figures(new IndicatorViews(indicators, knowledge.facts(), knowledge.targets(), bottomGroupSize),
                new ReportingDiscipline(knowledge.submissions(), parks),
                new InvestmentFigures(knowledge.facts(), knowledge.projects(), new Targets(knowledge.targets())),
                new Explanations(indicators, knowledge.facts()));
    }

    /** The indicators whose rows a change of facts can have changed, whatever knowledge the change was made in. */
    public Set<String> indicatorsChangedBy(FactsChanged change) {
        Set<String> changed = new LinkedHashSet<>(recipes.readersOf(change.measures()));
        changed.addAll(change.targetsOf());
        return changed;
    }

    /** The measures an indicator's figure is computed from (none for one that cannot be computed). */
    public Set<Measure> measuresOf(String indicator) {
        return recipes.measuresOf(indicator);
    }

    /** How many of the last-ranked counties the summons list looks at. */
    public int bottomGroupSize() {
        return bottomGroupSize;
    }

    public Indicators indicators() {
        return indicators;
    }
}
