package cn.gov.qingyuan.plan.contracts.energy;

/**
 * The key industries whose enterprises the plan pushes through clean-production audits (section 3.6: 重点推进钢铁、建材、
 * 化工、石化、有色金属等五大行业; Annex 5 lists the 2015 enterprises by industry). Ceramics and cement, which the plan
 * names for online monitoring, are building materials (建材). Any other industry is {@link #OTHER}.
 */
public enum AuditIndustry {
    /** 钢铁 */
    STEEL,
    /** 建材, including ceramics and cement */
    BUILDING_MATERIALS,
    /** 化工 */
    CHEMICALS,
    /** 石化 */
    PETROCHEMICALS,
    /** 有色金属 */
    NON_FERROUS_METALS,
    OTHER
}
