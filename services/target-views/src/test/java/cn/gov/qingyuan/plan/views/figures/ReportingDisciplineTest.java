package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.views.facts.Submission;
import cn.gov.qingyuan.plan.views.facts.SubmissionIndex;
import cn.gov.qingyuan.plan.views.figures.Views.ReportState;
import cn.gov.qingyuan.plan.views.figures.Views.Reporting;
import cn.gov.qingyuan.plan.views.figures.Views.UnitReporting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting discipline under the 8-day rule, as of a day, from the submissions in memory. */
class ReportingDisciplineTest {

    private final SubmissionIndex submissions = new SubmissionIndex();
    private final ReportingDiscipline discipline = new ReportingDiscipline(submissions, Parks.shipped());

    @Test
    void aMonthIsOnTimeLateMissingOrNotDueAndProjectReportsAreNeverMissing() {
        submissions.put(new Submission(Submission.STATISTICAL_RETURN, "county:yingde", "yingde", YearMonth.of(2015, 1),
                LocalDate.of(2015, 2, 5), false));
        submissions.put(new Submission(Submission.STATISTICAL_RETURN, "county:yingde", "yingde", YearMonth.of(2015, 2),
                LocalDate.of(2015, 3, 20), true));
        submissions.put(new Submission(Submission.PROJECT_INVESTMENT, "project:p1", "yingde", YearMonth.of(2015, 2),
                LocalDate.of(2015, 3, 20), true));

        Reporting reporting = discipline.of(2015, LocalDate.of(2015, 4, 20)); // January to March are due
        UnitReporting yingde = reporting.units().stream()
                .filter(u -> u.unit().equals("county:yingde") && u.kind().equals(Submission.STATISTICAL_RETURN)).findFirst().orElseThrow();
        assertThat(yingde.months()).containsEntry("2015-01", ReportState.ON_TIME).containsEntry("2015-02", ReportState.LATE)
                .containsEntry("2015-03", ReportState.MISSING).containsEntry("2015-04", ReportState.NOT_DUE);
        var county = reporting.counties().stream().filter(c -> c.county().equals("yingde")).findFirst().orElseThrow();
        assertThat(county.projectReports().late()).isEqualTo(1);
        assertThat(county.projectReports().missing()).isZero();
        assertThat(reporting.units()).hasSize(2 * 8 + Parks.shipped().all().size());
    }
}
