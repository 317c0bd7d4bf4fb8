package cn.gov.qingyuan.plan.views.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field in which two sets of views differ, each view serialised as the API would send it. Numbers are equal when
 * their values are ({@code 5.50} is {@code 5.5}): the API's JSON does not promise a scale.
 */
final class ViewDifferences {

    /** One differing field: the view's path, the field's JSON path in it, and the two values (null when absent). */
    record Difference(String view, String path, JsonNode live, JsonNode rebuilt) {
    }

    private ViewDifferences() {
    }

    static List<Difference> between(Map<String, Object> live, Map<String, Object> rebuilt, ObjectMapper json) {
        List<Difference> differences = new ArrayList<>();
        Set<String> views = new TreeSet<>(live.keySet());
        views.addAll(rebuilt.keySet());
        for (String view : views) {
            compare(view, "$", tree(live.get(view), json), tree(rebuilt.get(view), json), differences);
        }
        return differences;
    }

    private static JsonNode tree(Object view, ObjectMapper json) {
        return view == null ? null : json.valueToTree(view);
    }

    private static void compare(String view, String path, JsonNode live, JsonNode rebuilt, List<Difference> differences) {
        if (live == null || rebuilt == null || live.getNodeType() != rebuilt.getNodeType()) {
            if (!Objects.equals(live, rebuilt)) {
                differences.add(new Difference(view, path, live, rebuilt));
            }
        } else if (live.isObject()) {
            Set<String> fields = new TreeSet<>();
            live.fieldNames().forEachRemaining(fields::add);
            rebuilt.fieldNames().forEachRemaining(fields::add);
            fields.forEach(field -> compare(view, path + "." + field, live.get(field), rebuilt.get(field), differences));
        } else if (live.isArray()) {
            for (int i = 0; i < Math.max(live.size(), rebuilt.size()); i++) {
                compare(view, path + "[" + i + "]", live.get(i), rebuilt.get(i), differences);
            }
        } else if (live.isNumber() ? live.decimalValue().compareTo(rebuilt.decimalValue()) != 0 : !live.equals(rebuilt)) {
            differences.add(new Difference(view, path, live, rebuilt));
        }
    }
}
