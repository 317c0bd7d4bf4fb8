package cn.gov.qingyuan.plan.contracts.retrofit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An enterprise's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, digits and
 * upper-case letters without I, O, S, V and Z. It identifies the enterprise across all its projects, which is
 * what lets the plan count an enterprise once per year however many retrofits it runs. Only the format is
 * checked, not the check character.
 */
public record EnterpriseCode(String value) {

    /** The format, also usable in Bean Validation annotations. */
    public static final String FORMAT = "[0-9A-HJ-NP-RTUW-Y]{18}";
    public static final String FORMAT_DESCRIPTION =
            "must be an 18-character unified social credit code (统一社会信用代码): digits and upper-case letters except I, O, S, V, Z";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public EnterpriseCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("enterprise code '" + value + "' " + FORMAT_DESCRIPTION);
        }
    }

    @JsonCreator
    public static EnterpriseCode of(String value) {
        return new EnterpriseCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
