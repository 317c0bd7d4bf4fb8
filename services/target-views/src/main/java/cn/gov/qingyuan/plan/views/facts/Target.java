package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import org.bson.Document;

import java.math.BigDecimal;

/**
 * A target in the indicator's unit, as the plan-targets service publishes it.
 *
 * @param comparator how the plan words it; null for a county allocation, which takes the city target's
 * @param source     where the figure comes from, in words (the plan's section, or the allocation's note)
 */
public record Target(BigDecimal value, TargetComparator comparator, Provenance provenance, String source) {

    Document toDocument() {
        return new Document("value", value.toPlainString()).append("comparator", comparator == null ? null : comparator.name())
                .append("provenance", provenance.name()).append("source", source);
    }

    static Target fromDocument(Document stored) {
        String comparator = stored.getString("comparator");
        return new Target(new BigDecimal(stored.getString("value")), comparator == null ? null : TargetComparator.valueOf(comparator),
                Provenance.valueOf(stored.getString("provenance")), stored.getString("source"));
    }

    public Target withComparator(TargetComparator resolved) {
        return new Target(value, resolved, provenance, source);
    }
}
