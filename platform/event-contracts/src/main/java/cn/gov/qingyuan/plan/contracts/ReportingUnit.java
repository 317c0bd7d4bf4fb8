package cn.gov.qingyuan.plan.contracts;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who reports, as the plan names them (section 4): a county-level government, an industrial park's
 * management committee, or a city bureau. Written {@code county:qingcheng}, {@code park:yuantan},
 * {@code bureau:economy-it}. A reporter may write only what its unit covers.
 */
public record ReportingUnit(Kind kind, String code) {

    public enum Kind { COUNTY, PARK, BUREAU }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ReportingUnit {
        Objects.requireNonNull(kind, "kind");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("reporting unit code '" + code + "' must be lower-case letters, digits and dashes");
        }
        if (kind == Kind.COUNTY) {
            County.fromCode(code);
        }
    }

    public static ReportingUnit parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("reporting unit '" + text + "' must be written county:<code>, park:<id> or bureau:<code>");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("reporting unit '" + text + "' must be written county:<code>, park:<id> or bureau:<code>", e);
        }
        return new ReportingUnit(kind, text.substring(colon + 1));
    }

    /**
     * Whether this unit reports for something in {@code county}, in park {@code parkId} (null when outside
     * any park). A county covers its own county, a park committee its own park; city bureaus report citywide.
     */
    public boolean covers(County county, String parkId) {
        return switch (kind) {
            case COUNTY -> county.code().equals(code);
            case PARK -> code.equals(parkId);
            case BUREAU -> true;
        };
    }

    /**
     * Whether the reference data knows this unit: every county, the parks of {@link Parks}, the bureaus of
     * {@link Bureaus}. A token naming any other unit is refused before anything else.
     */
    public boolean registered() {
        return switch (kind) {
            case COUNTY -> true;
            case PARK -> Parks.shipped().find(code).isPresent();
            case BUREAU -> Bureaus.shipped().find(code).isPresent();
        };
    }

    /** Whether this unit may report in {@code domain}: a county or park committee in every one, a bureau in its own. */
    public boolean reportsIn(ReportingDomain domain) {
        return kind != Kind.BUREAU || Bureaus.shipped().find(code).filter(bureau -> bureau.reportsIn(domain)).isPresent();
    }

    /**
     * Refuses a submission for {@code county} (and park {@code parkId}, or null) unless {@code unit} covers it;
     * a submitter without a unit covers nothing.
     */
    public static void requireCovers(ReportingUnit unit, County county, String parkId) {
        if (unit == null || !unit.covers(county, parkId)) {
            throw new OutsideReportingUnit(unit, county, parkId);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + code;
    }
}
