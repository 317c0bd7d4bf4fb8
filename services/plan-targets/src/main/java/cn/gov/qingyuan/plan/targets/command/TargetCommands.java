package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a planner (or the start-up seed) asks the plan targets service to record. Validated against the reference
 * data at the API; ruled on by the {@code IndicatorTargets} aggregate. Each returns the indicator's version after it.
 * <p>
 * {@code expectedVersion} is the version the client read ({@code If-Match}), null to skip the check. It is checked by
 * the aggregate rather than by Axon's {@code @TargetAggregateVersion}, which Axon ignores for commands that may create
 * the aggregate. {@code onlyIfAbsent} makes a command a no-op when the period already has a target or allocation: the
 * seed's way of never overwriting what a planner recorded.
 */
public final class TargetCommands {

    private TargetCommands() {
    }

    public record SetCityTarget(@TargetAggregateIdentifier IndicatorCode indicator, TargetPeriod period, BigDecimal value, String unit,
                                TargetComparator comparator, Provenance provenance, String source, boolean onlyIfAbsent,
                                Long expectedVersion) {
    }

    /**
     * @param addsUpOverCounties whether the indicator's county figures add up to the city's, so the split is checked
     *                           against the city target
     * @param issuedOn           the day the city issued the split (it is late after the year's due date)
     * @param mismatchReason     non-null when the planner accepts counties that do not add up to the city target
     */
    public record IssueCountyAllocation(@TargetAggregateIdentifier IndicatorCode indicator, TargetPeriod year,
                                        Map<County, BigDecimal> values, String unit, boolean addsUpOverCounties,
                                        Provenance provenance, LocalDate issuedOn, String note, String mismatchReason,
                                        boolean onlyIfAbsent, Long expectedVersion) {
    }

    /**
     * An import file's commands, city targets before splits: all are recorded or none ({@link TargetImports}).
     *
     * @param refused whether other rows of the file are bad already: the rows are then only tried, for their own refusals
     */
    public record ImportTargets(List<Row> rows, boolean refused) {

        /** One row's command, with the file's row number to blame it on. */
        public record Row(int number, Object command) {
        }
    }
}
