package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventCatalogue;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.history.AuditJournal;
import cn.gov.qingyuan.plan.views.web.RequestValues;
import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The trail's filters, read from the query and checked (an unknown parameter, county, indicator or type is a 400). */
final class TrailFilter {

    static final Set<String> FILTERS = Set.of("unit", "county", "indicator", "aggregateId", "type", "submittedBy", "correlationId",
            "period", "recordedFrom", "recordedTo");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2})?|\\d{4}-\\d{4}");

    private TrailFilter() {
    }

    /** Refuses a parameter that is neither a filter nor one of {@code others}. */
    static void onlyKnown(Map<String, String[]> parameters, Set<String> others) {
        for (String name : parameters.keySet()) {
            if (!FILTERS.contains(name) && !others.contains(name)) {
                throw ApiProblem.invalid(name, "is not a filter of the trail; the filters are " + String.join(", ", FILTERS.stream().sorted().toList()));
            }
        }
    }

    static Bson of(Map<String, String[]> parameters, Indicators indicators, Instant now) {
        List<Bson> filters = new ArrayList<>();
        for (String name : FILTERS) {
            String[] values = parameters.get(name);
            if (values == null || values.length == 0 || values[0].isBlank()) {
                continue;
            }
            filters.add(filter(name, values[0].trim(), indicators, now));
        }
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    private static Bson filter(String name, String value, Indicators indicators, Instant now) {
        return switch (name) {
            case "county" -> Filters.eq("county", county(value));
            case "indicator" -> {
                if (indicators.find(value).isEmpty()) {
                    throw ApiProblem.invalid("indicator", "'" + value + "' is not an indicator of the plan (GET /api/views/catalogue lists them)");
                }
                yield Filters.eq("indicators", value);
            }
            case "type" -> Filters.eq("type", type(value));
            case "period" -> period(value);
            case "recordedFrom" -> AuditJournal.recordedFrom(RequestValues.instant("recordedFrom", value, now));
            case "recordedTo" -> AuditJournal.recordedBy(RequestValues.instant("recordedTo", value, now));
            default -> Filters.eq(name, value);
        };
    }

    static String county(String code) {
        try {
            return County.fromCode(code).code();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("county", "'" + code + "' is not one of the eight counties (" + County.codes() + ")");
        }
    }

    /** A type's full name, or its simple name ({@code ProjectInvestmentCorrected}) if only one contract has it. */
    private static String type(String value) {
        if (EventCatalogue.byName(value).isPresent()) {
            return value;
        }
        List<String> matching = EventCatalogue.all().stream().map(EventType::of).map(EventType::name)
                .filter(name -> name.endsWith("." + value)).toList();
        if (matching.size() != 1) {
            throw ApiProblem.invalid("type", "'" + value + "' is not an event type (e.g. ProjectInvestmentCorrected or its full name; "
                    + "docs/events.md lists them)");
        }
        return matching.get(0);
    }

    /** A month ({@code 2016-06}) or a target period ({@code 2015-2017}) exactly; a year, everything about it. */
    private static Bson period(String value) {
        if (!PERIOD.matcher(value).matches()) {
            throw ApiProblem.invalid("period", "'" + value + "' is not a month (2016-06), a year (2016) or the plan (2015-2017)");
        }
        return YEAR.matcher(value).matches() ? Filters.regex("period", "^" + value) : Filters.eq("period", value);
    }
}
