package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.commands.FiguresWithin;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.http.constraints.Count;
import cn.gov.qingyuan.plan.http.constraints.Reason;
import cn.gov.qingyuan.plan.http.constraints.WanYuan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * Request bodies of the industry statistics API. Every figure is optional (the aggregate requires at least one
 * and checks parts against their wholes); here each is checked on its own: value added in 万元 with at most two
 * decimals, counts as whole numbers, none negative, none beyond a bound no county can reach (the platform's
 * {@link WanYuan} and {@link Count}). Counts are read as decimals and checked to be whole so that 1.5 is refused as
 * "must be a whole number" instead of being truncated to 1 or refused as "not a valid number".
 */
final class ReturnRequests {

    private ReturnRequests() {
    }

    /** The body of {@code PUT /api/statistical-returns/{county}/{period}}: the return's figures (see {@link StatisticalFigures}). */
    record FiguresRequest(
            @WanYuan BigDecimal aboveScaleValueAddedWanYuan,
            @WanYuan BigDecimal advancedManufacturingValueAddedWanYuan,
            @WanYuan BigDecimal highTechValueAddedWanYuan,
            @WanYuan BigDecimal industrialValueAddedWanYuan,
            @Count BigDecimal aboveScaleEnterprises,
            @Count BigDecimal enterprisesWithRdInstitution,
            @Count BigDecimal technologyCentresAndLabs,
            @Count BigDecimal patentsGranted,
            @Count BigDecimal enterprisesOver1BillionRevenue,
            @Count BigDecimal itIndustrialisationPilots,
            @Count BigDecimal itIndustrialisationCertified,
            @Count BigDecimal itIndustrialisationAssessed) {

        /** The figures as the contract carries them; only called once the request is valid, so every count is whole. */
        StatisticalFigures toFigures() {
            return new StatisticalFigures(aboveScaleValueAddedWanYuan, advancedManufacturingValueAddedWanYuan, highTechValueAddedWanYuan,
                    industrialValueAddedWanYuan, whole(aboveScaleEnterprises), whole(enterprisesWithRdInstitution), whole(technologyCentresAndLabs),
                    whole(patentsGranted), whole(enterprisesOver1BillionRevenue), whole(itIndustrialisationPilots),
                    whole(itIndustrialisationCertified), whole(itIndustrialisationAssessed));
        }

        private static Integer whole(BigDecimal count) {
            return count == null ? null : count.intValueExact();
        }
    }

    /**
     * The body of {@code POST .../revisions}: the whole new set of figures (one left out is no longer reported) and why;
     * figures the aggregate refuses are named {@code figures.<figure>}.
     */
    record RevisionRequest(
            @NotNull @Valid FiguresRequest figures,
            @Reason String reason) implements FiguresWithin {
    }
}
