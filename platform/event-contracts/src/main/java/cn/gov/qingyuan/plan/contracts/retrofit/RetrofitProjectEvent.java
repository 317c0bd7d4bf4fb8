package cn.gov.qingyuan.plan.contracts.retrofit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Events of an enterprise's technical retrofit project (plan action 2, and the smart retrofit and smart
 * production counts of action 5). Money is in 万元 (10,000 CNY), at most two decimals; the plan's targets are
 * in 亿 (= 10,000 万元). Every event names the project's county and enterprise, so a consumer can roll it up
 * (sum investment per county, count distinct enterprises per year) without having seen the registration.
 */
public sealed interface RetrofitProjectEvent {

    String projectId();

    County county();

    EnterpriseCode enterpriseCode();

    List<Class<? extends RetrofitProjectEvent>> ALL = List.of(RetrofitProjectRegistered.class, RetrofitInvestmentReported.class,
            RetrofitInvestmentCorrected.class, RetrofitProjectCompleted.class);

    /**
     * A department registered an enterprise's retrofit project.
     *
     * @param aboveScale              the enterprise is above scale (规模以上: annual main business revenue ≥ 20 million CNY)
     * @param revenueAtLeast50Million annual main business revenue ≥ 50 million CNY; the plan counts these separately
     * @param retrofitTypes           what the retrofit does; never empty
     * @param listedInCityLibrary     the project is in the city's key retrofit project library (Annex 3)
     */
    @SchemaVersion(1)
    record RetrofitProjectRegistered(String projectId, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                     String parkId, boolean aboveScale, boolean revenueAtLeast50Million,
                                     Set<RetrofitType> retrofitTypes, BigDecimal plannedInvestmentWanYuan,
                                     boolean listedInCityLibrary) implements RetrofitProjectEvent {
        public RetrofitProjectRegistered {
            retrofitTypes = ordered(retrofitTypes);
        }
    }

    /**
     * The retrofit investment the project completed in one month. One report per project and month; a report
     * after the month's due date ({@link ReportingPeriod#dueDate()}) is accepted and marked late.
     *
     * @param reportedOn the day the report was accepted, in Qingyuan
     * @param late       whether {@code reportedOn} is after the period's due date
     */
    @SchemaVersion(1)
    record RetrofitInvestmentReported(String projectId, County county, EnterpriseCode enterpriseCode, ReportingPeriod period,
                                      BigDecimal amountWanYuan, LocalDate reportedOn, boolean late) implements RetrofitProjectEvent {
    }

    /**
     * A month's reported retrofit investment was corrected. The original report and every earlier correction
     * stay in the history; views use the latest figure.
     *
     * @param previousAmountWanYuan the figure this correction replaces
     * @param correctsSequence      the aggregate sequence number of the report or correction it replaces
     * @param reason                why, in the reporting unit's words
     */
    @SchemaVersion(1)
    record RetrofitInvestmentCorrected(String projectId, County county, EnterpriseCode enterpriseCode, ReportingPeriod period,
                                       BigDecimal amountWanYuan, BigDecimal previousAmountWanYuan, long correctsSequence,
                                       String reason) implements RetrofitProjectEvent {
    }

    /**
     * The retrofit was completed; a project completes once. It repeats the enterprise's flags and the retrofit
     * types of the registration because the plan counts enterprises completing a retrofit per year (of which
     * above scale, of which revenue ≥ 50 million, doing smart retrofit, moving to smart production), and a
     * counting projection then needs nothing but this event.
     */
    @SchemaVersion(1)
    record RetrofitProjectCompleted(String projectId, County county, EnterpriseCode enterpriseCode, LocalDate completedOn,
                                    boolean aboveScale, boolean revenueAtLeast50Million,
                                    Set<RetrofitType> retrofitTypes) implements RetrofitProjectEvent {
        public RetrofitProjectCompleted {
            retrofitTypes = ordered(retrofitTypes);
        }
    }

    /** In declaration order, so the JSON is the same on every run and equality ignores the order given. */
    private static Set<RetrofitType> ordered(Collection<RetrofitType> types) {
        EnumSet<RetrofitType> copy = EnumSet.noneOf(RetrofitType.class);
        if (types != null) {
            copy.addAll(types);
        }
        return Collections.unmodifiableSet(copy);
    }
}
