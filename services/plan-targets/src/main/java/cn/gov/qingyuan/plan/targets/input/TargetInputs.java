package cn.gov.qingyuan.plan.targets.input;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.commands.PlanCalendar;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.IssueCountyAllocation;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a planner sent (JSON or an import row, already through Bean Validation) into a command, checking it
 * against the reference data and the calendar: a known indicator, a plan period, all eight counties by code, an issue
 * date not in the future, a reason when a mismatch is accepted. Refuses with every problem at once (400).
 */
@Component
public class TargetInputs {

    /** No target of the plan comes near this in any unit; a bigger one is a typing error. */
    static final String MAX_VALUE = "1000000000";
    private static final LocalDate FIRST_ISSUE_DAY = LocalDate.of(2015, 1, 1);

    private final Indicators indicators;
    private final PlanCalendar calendar;

    TargetInputs(Indicators indicators, PlanCalendar calendar) {
        this.indicators = indicators;
        this.calendar = calendar;
    }

    public Indicator indicator(String code) {
        return indicators.find(code).orElseThrow(() ->
                ApiProblem.invalid("indicator", "unknown indicator '" + code + "'; see GET /api/indicators"));
    }

    public SetCityTarget cityTarget(String indicatorCode, String periodText, CityTargetInput input, boolean onlyIfAbsent, Long expectedVersion) {
        Indicator indicator = indicator(indicatorCode);
        TargetPeriod period = parsePeriod("period", periodText);
        return new SetCityTarget(indicator.code(), period, input.value(), indicator.unit(), input.comparator(),
                input.provenance() == null ? Provenance.PLAN : input.provenance(), input.source() == null ? null : input.source().strip(), onlyIfAbsent, expectedVersion);
    }

    public IssueCountyAllocation allocation(String indicatorCode, String yearText, AllocationInput input, boolean onlyIfAbsent,
                                            Long expectedVersion) {
        Indicator indicator = indicator(indicatorCode);
        TargetPeriod year = parsePeriod("year", yearText);
        List<FieldError> errors = new ArrayList<>();
        if (!year.isYear()) {
            errors.add(new FieldError("year", "only a plan year (2015, 2016 or 2017) is split over the counties, not " + year));
        }
        Map<County, BigDecimal> values = counties(input.values(), errors);
        LocalDate issuedOn = input.issuedOn() == null ? calendar.today() : input.issuedOn();
        if (issuedOn.isAfter(calendar.today())) {
            errors.add(new FieldError("issuedOn", issuedOn + " is in the future"));
        } else if (issuedOn.isBefore(FIRST_ISSUE_DAY)) {
            errors.add(new FieldError("issuedOn", issuedOn + " is before " + FIRST_ISSUE_DAY + ", the plan's first year"));
        }
        boolean accept = Boolean.TRUE.equals(input.acceptMismatch());
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (accept && reason.length() < 5) {
            errors.add(new FieldError("reason", "must say why the counties may differ from the city target, in 5 to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_FIELD, errors);
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        return new IssueCountyAllocation(indicator.code(), year, values, indicator.unit(), indicator.addsUpOverCounties(),
                input.provenance() == null ? Provenance.PLAN : input.provenance(), issuedOn, note, accept ? reason : null,
                onlyIfAbsent, expectedVersion);
    }

    public static TargetPeriod parsePeriod(String field, String text) {
        try {
            return TargetPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }

    private static Map<County, BigDecimal> counties(Map<String, BigDecimal> given, List<FieldError> errors) {
        Map<County, BigDecimal> values = new EnumMap<>(County.class);
        given.forEach((code, value) -> {
            try {
                values.put(County.fromCode(code), value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("values." + code, e.getMessage()));
            }
        });
        List<String> missing = java.util.Arrays.stream(County.values()).filter(c -> !values.containsKey(c)).map(County::code).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("values", "a county split names all 8 counties; missing: " + String.join(", ", missing)));
        }
        return values;
    }
}
