package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * What a park committee, a host county's government or a city bureau asks the park metrics service to record.
 * Validated at the API; ruled on by the aggregates. Every command carries the park from the reference data (id and
 * host county) and the reporting unit the submitter acts for, which must cover the park, and answers the
 * aggregate's version after the change. Ids are derived from park and period, so they can never disagree.
 */
public final class ParkCommands {

    private ParkCommands() {
    }

    /** @param reportedOn the day the figures are accepted, in Qingyuan: the API's clock, not the aggregate's */
    public record SubmitParkFigures(Park park, ReportingPeriod period, ParkFigures figures, LocalDate reportedOn,
                                    ReportingUnit submittedFor) {

        @TargetAggregateIdentifier
        public String parkMonthId() {
            return ParkMonthEvent.parkMonthId(park.id(), period);
        }
    }

    /**
     * Replaces the whole set of figures of a submitted month, for a stated reason.
     *
     * @param expectedVersion the version the client read ({@code If-Match}); null to skip the check
     */
    public record ReviseParkFigures(Park park, ReportingPeriod period, ParkFigures figures, String reason,
                                    ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {

        @TargetAggregateIdentifier
        public String parkMonthId() {
            return ParkMonthEvent.parkMonthId(park.id(), period);
        }
    }

    /** @param startedOn already checked not to be in the future */
    public record StartCircularEconomyRetrofit(Park park, LocalDate startedOn, ReportingUnit submittedFor) {

        @TargetAggregateIdentifier
        public String parkId() {
            return park.id();
        }
    }

    /** @param completedOn already checked not to be in the future */
    public record CompleteCircularEconomyRetrofit(Park park, LocalDate completedOn, ReportingUnit submittedFor,
                                                  @TargetAggregateVersion Long expectedVersion) {

        @TargetAggregateIdentifier
        public String parkId() {
            return park.id();
        }
    }
}
