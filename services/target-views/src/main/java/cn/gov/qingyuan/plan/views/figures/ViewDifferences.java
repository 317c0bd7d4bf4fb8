package cn.gov.qingyuan.plan.views.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field in which two renderings of the same views differ ({@link EveryView}): each view's JSON walked side by
 * side, every leaf that is not equal named by its view and its JSON path. Numbers are equal when their values are
 * ({@code 5.50} is {@code 5.5}): the API's JSON does not promise a scale. What a rebuild is compared with the live
 * views on, and what the audit pack's verifier compares the pack's views with the events' on.
 */
public final class ViewDifferences {

    /** One differing field: the view's path, the field's JSON path in it, and the two values (null when absent). */
    public record Difference(String view, String path, JsonNode expected, JsonNode found) {
    }

    private ViewDifferences() {
    }

    /** @param expected views by path, as objects or as JSON trees; {@code found} likewise */
    public static List<Difference> between(Map<String, ?> expected, Map<String, ?> found, ObjectMapper json) {
        List<Difference> differences = new ArrayList<>();
        Set<String> views = new LinkedHashSet<>(expected.keySet());
        views.addAll(found.keySet());
        for (String view : views) {
            compare(view, "$", tree(expected.get(view), json), tree(found.get(view), json), differences);
        }
        return differences;
    }

    /** A value as text for a reader: numbers plainly ({@code 4300}, not {@code 4.3E+3}), null for an absent one. */
    public static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.toString();
    }

    private static JsonNode tree(Object view, ObjectMapper json) {
        if (view == null) {
            return null;
        }
        return view instanceof JsonNode node ? node : json.valueToTree(view);
    }

    private static void compare(String view, String path, JsonNode expected, JsonNode found, List<Difference> differences) {
        expected = expected == null || expected.isNull() || expected.isMissingNode() ? null : expected;
        found = found == null || found.isNull() || found.isMissingNode() ? null : found;
        if (expected == null || found == null || expected.getNodeType() != found.getNodeType()) {
            if (!Objects.equals(expected, found)) {
                differences.add(new Difference(view, path, expected, found));
            }
        } else if (expected.isObject()) {
            Set<String> fields = new TreeSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            found.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(view, path + "." + field, expected.get(field), found.get(field), differences);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
                compare(view, path + "[" + i + "]", expected.get(i), found.get(i), differences);
            }
        } else if (expected.isNumber() ? expected.decimalValue().compareTo(found.decimalValue()) != 0 : !expected.equals(found)) {
            differences.add(new Difference(view, path, expected, found));
        }
    }
}
