package cn.gov.qingyuan.plan.views.figures;

/** Every view over one knowledge: the live one, or one as it stood at a past moment. */
public record Figures(IndicatorViews views, ReportingDiscipline reporting, InvestmentFigures investment, Explanations explanations) {
}
