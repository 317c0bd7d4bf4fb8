package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Which measure each figure of a monthly return reports (a figure left out stays null: "not reported"). */
final class ReportedFigures {

    private ReportedFigures() {
    }

    static Map<Measure, BigDecimal> of(StatisticalFigures f) {
        Map<Measure, BigDecimal> figures = new EnumMap<>(Measure.class);
        figures.put(Measure.ABOVE_SCALE_VALUE_ADDED, f.aboveScaleValueAddedWanYuan());
        figures.put(Measure.ADVANCED_MANUFACTURING_VALUE_ADDED, f.advancedManufacturingValueAddedWanYuan());
        figures.put(Measure.HIGH_TECH_VALUE_ADDED, f.highTechValueAddedWanYuan());
        figures.put(Measure.INDUSTRIAL_VALUE_ADDED, f.industrialValueAddedWanYuan());
        figures.put(Measure.ABOVE_SCALE_ENTERPRISES, count(f.aboveScaleEnterprises()));
        figures.put(Measure.ENTERPRISES_WITH_RD_INSTITUTION, count(f.enterprisesWithRdInstitution()));
        figures.put(Measure.TECHNOLOGY_CENTRES_AND_LABS, count(f.technologyCentresAndLabs()));
        figures.put(Measure.PATENTS_GRANTED, count(f.patentsGranted()));
        figures.put(Measure.ENTERPRISES_OVER_1_BILLION_REVENUE, count(f.enterprisesOver1BillionRevenue()));
        figures.put(Measure.IT_INDUSTRIALISATION_PILOTS, count(f.itIndustrialisationPilots()));
        figures.put(Measure.IT_INDUSTRIALISATION_CERTIFIED, count(f.itIndustrialisationCertified()));
        figures.put(Measure.IT_INDUSTRIALISATION_ASSESSED, count(f.itIndustrialisationAssessed()));
        return figures;
    }

    static Map<Measure, BigDecimal> of(ParkFigures f) {
        Map<Measure, BigDecimal> figures = new EnumMap<>(Measure.class);
        figures.put(Measure.PARK_FIXED_ASSET_INVESTMENT, f.fixedAssetInvestmentInIndustrialProjectsWanYuan());
        figures.put(Measure.PARK_VALUE_ADDED, f.industrialValueAddedWanYuan());
        figures.put(Measure.PARK_ABOVE_SCALE_VALUE_ADDED, f.aboveScaleValueAddedWanYuan());
        return figures;
    }

    static Map<Measure, BigDecimal> of(EnergyReturnFigures f) {
        Map<Measure, BigDecimal> figures = new EnumMap<>(Measure.class);
        figures.put(Measure.ENERGY_CONSUMPTION, f.energyConsumptionTonnesCoalEquivalent());
        figures.put(Measure.SO2_EMISSIONS, f.so2Tonnes());
        figures.put(Measure.COD_EMISSIONS, f.codTonnes());
        figures.put(Measure.NOX_EMISSIONS, f.noxTonnes());
        figures.put(Measure.AMMONIA_NITROGEN_EMISSIONS, f.ammoniaNitrogenTonnes());
        return figures;
    }

    private static BigDecimal count(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }
}
