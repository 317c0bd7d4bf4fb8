package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * What a county government or city bureau asks the industry statistics service to record. Validated at the API;
 * ruled on by the aggregate. Both answer the return's version after the change.
 */
public final class ReturnCommands {

    private ReturnCommands() {
    }

    /** A command about one county's return for one month. */
    sealed interface ForReturn permits SubmitReturn, ReviseReturn {

        County county();

        ReportingPeriod period();

        /** Derived from county and period rather than carried beside them, so the two can never disagree. */
        @TargetAggregateIdentifier
        default String returnId() {
            return StatisticalReturnEvent.returnId(county(), period());
        }
    }

    /**
     * @param reportedOn   the day the return is accepted, in Qingyuan: the API's clock, not the aggregate's
     * @param submittedFor the reporting unit the submitter acts for; it must cover the county
     */
    public record SubmitReturn(County county, ReportingPeriod period, StatisticalFigures figures, LocalDate reportedOn,
                               ReportingUnit submittedFor) implements ForReturn {
    }

    /**
     * Replaces the whole set of figures of a submitted return, for a stated reason.
     *
     * @param expectedVersion the version the client read ({@code If-Match}); null to skip the check
     */
    public record ReviseReturn(County county, ReportingPeriod period, StatisticalFigures figures, String reason,
                               ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) implements ForReturn {
    }
}
