package cn.gov.qingyuan.plan.contracts.targets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An indicator of the plan by its code, e.g. {@code industrial-investment}. Which codes exist is the plan targets
 * service's reference data ({@code GET /api/indicators}); this type only guarantees the code's shape.
 */
public record IndicatorCode(String value) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public IndicatorCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("indicator code '" + value + "' must be lower-case letters, digits and dashes");
        }
    }

    @JsonCreator
    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    /** Also the aggregate identifier of the indicator's targets, so it must be the bare code. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
