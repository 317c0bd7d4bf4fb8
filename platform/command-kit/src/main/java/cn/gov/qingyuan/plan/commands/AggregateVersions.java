package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.http.ApiProblem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregate's version is the sequence number of its latest event: 0 after it was created, one more per
 * change. It travels as a strong ETag ({@code "3"}); a client sends it back in {@code If-Match} to change the
 * aggregate only if nobody changed it since it read it (Axon's {@code @TargetAggregateVersion}).
 */
public final class AggregateVersions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private AggregateVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in {@code If-Match}, or null when the header is absent or {@code *} (no check). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw ApiProblem.invalid(IF_MATCH, "'" + ifMatch + "' is not a version; send the ETag you received, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
