package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.commands.FiguresWithin;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.http.constraints.Reason;
import cn.gov.qingyuan.plan.http.constraints.WanYuan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Request bodies of the park metrics API. Every figure is optional (the aggregate requires at least one and checks
 * above-scale value added against the park's industrial value added); here each is checked on its own.
 */
final class ParkRequests {

    private ParkRequests() {
    }

    /** The body of {@code PUT /api/parks/{parkId}/months/{period}}: the month's figures (see {@link ParkFigures}). */
    record FiguresRequest(
            @WanYuan BigDecimal fixedAssetInvestmentInIndustrialProjectsWanYuan,
            @WanYuan BigDecimal industrialValueAddedWanYuan,
            @WanYuan BigDecimal aboveScaleValueAddedWanYuan) {

        ParkFigures toFigures() {
            return new ParkFigures(fixedAssetInvestmentInIndustrialProjectsWanYuan, industrialValueAddedWanYuan, aboveScaleValueAddedWanYuan);
        }
    }

    /**
     * The body of {@code POST .../revisions}: the whole new set of figures (one left out is no longer reported) and why.
     * Figures the aggregate refuses are named within it: {@code figures.aboveScaleValueAddedWanYuan}.
     */
    record RevisionRequest(
            @NotNull @Valid FiguresRequest figures,
            @Reason String reason) implements FiguresWithin {
    }

    record StartRequest(@NotNull LocalDate startedOn) {
    }

    record CompletionRequest(@NotNull LocalDate completedOn) {
    }
}
