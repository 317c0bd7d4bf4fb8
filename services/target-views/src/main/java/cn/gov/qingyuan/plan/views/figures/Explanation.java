package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.views.facts.Fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one figure of a view is made: from facts (a measure's), or from other figures (a ratio's numerator and
 * denominator, a growth rate's two years, an increment's figure). Every value is the one the view shows.
 *
 * @param recipe  {@code measure}, {@code ratio}, {@code growth}, {@code increment} or {@code unavailable}
 * @param divisor for a measure: what its facts' sum (or count) is divided by to give the figure (万元 → 亿元: 10,000)
 * @param facts   for a measure: the facts behind it; the counted ones add up (or, distinct kinds, count) to it
 * @param parts   for the other recipes: the figures it is made of
 */
public record Explanation(String indicator, String recipe, String formula, BigDecimal value, String note, String measure,
                          BigDecimal divisor, List<CountedFact> facts, List<Part> parts) {

    /** @param counted whether the figure adds it up (false: a member already counted, listed so the count can be checked) */
    public record CountedFact(Fact fact, boolean counted) {
    }

    /** @param role {@code numerator}, {@code denominator}, {@code current}, {@code previous}, {@code of}, or a year */
    public record Part(String role, Explanation explanation) {
    }
}
