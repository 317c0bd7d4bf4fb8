package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;

import java.util.Map;

/** The rows of an import the aggregates refused, by row number; nothing of the file is recorded. */
public class RowsRefused extends RuntimeException {

    private final Map<Integer, RuleViolated> refusals;

    RowsRefused(Map<Integer, RuleViolated> refusals) {
        super(refusals.size() + " rows refused");
        this.refusals = Map.copyOf(refusals);
    }

    public Map<Integer, RuleViolated> refusals() {
        return refusals;
    }
}
