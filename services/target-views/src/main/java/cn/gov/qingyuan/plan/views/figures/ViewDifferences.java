package cn.gov.qingyuan.plan.views.figures;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where two renderings of the same views differ, field by field: each view's JSON walked side by side, every leaf that
 * is not equal (numbers compared by value, so {@code 1.50} equals {@code 1.5}) named by its view and its JSON path.
 */
public final class ViewDifferences {

    /** One field that differs; a side that lacks the field or the view is null. */
    public record Difference(String view, String path, String expected, String found) {
    }

    private ViewDifferences() {
    }

    /** Every difference between {@code expected} and {@code found}, views by the request that asks for them. */
    public static List<Difference> between(Map<String, JsonNode> expected, Map<String, JsonNode> found) {
        List<Difference> differences = new ArrayList<>();
        Set<String> views = new LinkedHashSet<>(expected.keySet());
        views.addAll(found.keySet());
        for (String view : views) {
            compare(view, "$", expected.get(view), found.get(view), differences);
        }
        return differences;
    }

    private static void compare(String view, String path, JsonNode expected, JsonNode found, List<Difference> differences) {
        if (expected == null || found == null || expected.isMissingNode() || found.isMissingNode()) {
            if (!(isAbsent(expected) && isAbsent(found))) {
                differences.add(new Difference(view, path, text(expected), text(found)));
            }
            return;
        }
        if (expected.isObject() && found.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            found.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(view, path + "." + field, expected.get(field), found.get(field), differences);
            }
        } else if (expected.isArray() && found.isArray()) {
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = found.elements();
            for (int i = 0; left.hasNext() || right.hasNext(); i++) {
                compare(view, path + "[" + i + "]", left.hasNext() ? left.next() : null, right.hasNext() ? right.next() : null, differences);
            }
        } else if (!equal(expected, found)) {
            differences.add(new Difference(view, path, text(expected), text(found)));
        }
    }

    private static boolean equal(JsonNode expected, JsonNode found) {
        if (expected.isNumber() && found.isNumber()) {
            return expected.decimalValue().compareTo(found.decimalValue()) == 0;
        }
        return expected.equals(found);
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    private static String text(JsonNode node) {
        if (isAbsent(node)) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.toString();
    }
}
