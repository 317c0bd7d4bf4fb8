package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.commands.FiguresWithin;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.http.constraints.EnterpriseCodeText;
import cn.gov.qingyuan.plan.http.constraints.Reason;
import cn.gov.qingyuan.plan.http.constraints.Tonnes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the energy API. Enterprise codes are checked here so that every bad field is listed at once. */
final class EnergyRequests {

    private EnergyRequests() {
    }

    record PlanAuditRequest(
            @EnterpriseCodeText String enterpriseCode,
            @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull County county,
            @NotNull AuditIndustry industry) {
    }

    record AuditStartRequest(@NotNull LocalDate startedOn) {
    }

    record AuditAcceptanceRequest(@NotNull LocalDate acceptedOn) {
    }

    record RegisterMotorUpgradeRequest(
            @EnterpriseCodeText String enterpriseCode,
            @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull County county) {
    }

    /** Capacity in kW: more than 0, at most 1,000,000 kW (100 万kW, three times the plan's whole target), two decimals. */
    record MotorUpgradeCompletionRequest(
            @NotNull LocalDate completedOn,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 kW")
            @DecimalMax(value = "1000000", message = "must not exceed 1000000 kW (100 万kW)")
            @Digits(integer = 7, fraction = 2, message = "must be in kW with at most two decimals") BigDecimal capacityKw) {
    }

    /** The body of {@code PUT /api/energy-returns/{county}/{period}}: see {@link EnergyReturnFigures}; every figure optional. */
    record EnergyFiguresRequest(
            @Tonnes BigDecimal energyConsumptionTonnesCoalEquivalent,
            @Tonnes BigDecimal so2Tonnes,
            @Tonnes BigDecimal codTonnes,
            @Tonnes BigDecimal noxTonnes,
            @Tonnes BigDecimal ammoniaNitrogenTonnes,
            @Tonnes BigDecimal so2LimitTonnes,
            @Tonnes BigDecimal codLimitTonnes,
            @Tonnes BigDecimal noxLimitTonnes,
            @Tonnes BigDecimal ammoniaNitrogenLimitTonnes) {

        EnergyReturnFigures toFigures() {
            return new EnergyReturnFigures(energyConsumptionTonnesCoalEquivalent, so2Tonnes, codTonnes, noxTonnes, ammoniaNitrogenTonnes,
                    so2LimitTonnes, codLimitTonnes, noxLimitTonnes, ammoniaNitrogenLimitTonnes);
        }
    }

    /** Figures the aggregate refuses are named {@code figures.x}, as this body names them. */
    record EnergyRevisionRequest(
            @NotNull @Valid EnergyFiguresRequest figures,
            @Reason String reason) implements FiguresWithin {
    }

    record MonitoringConnectionRequest(
            @EnterpriseCodeText String enterpriseCode,
            @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull County county,
            @NotNull LocalDate connectedOn) {
    }

    record PlatformLaunchRequest(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be a slug of lower-case letters, digits and dashes")
            String platformId,
            @NotBlank @Size(max = 200) String name,
            @NotNull County county,
            @NotNull Boolean cityPlatform,
            @NotNull LocalDate launchedOn) {
    }
}
