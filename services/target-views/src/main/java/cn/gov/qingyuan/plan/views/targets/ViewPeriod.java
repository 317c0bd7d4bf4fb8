package cn.gov.qingyuan.plan.views.targets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a view covers: one plan year ({@code 2016}) or the plan's whole span cumulatively ({@code 2015-2017}).
 */
public record ViewPeriod(int firstYear, int lastYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    public static Optional<ViewPeriod> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return last < first ? Optional.empty() : Optional.of(new ViewPeriod(first, last));
    }

    public static ViewPeriod year(int year) {
        return new ViewPeriod(year, year);
    }

    public boolean isSingleYear() {
        return firstYear == lastYear;
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    @Override
    public String toString() {
        return isSingleYear() ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
