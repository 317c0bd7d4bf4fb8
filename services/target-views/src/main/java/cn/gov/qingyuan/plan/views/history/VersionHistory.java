package cn.gov.qingyuan.plan.views.history;

import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.views.facts.FactHistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Which journal entries wrote the facts and targets of a replay, in order: the provenance of its figures. It keeps only
 * the keys asked for (a provenance needs one indicator's measures), and the entries without their payloads, so a long
 * history costs memory only for what is explained.
 */
public final class VersionHistory implements FactHistory {

    /** Keeps nothing: a replay for the views alone. */
    static final Predicate<String> NOTHING = key -> false;

    /**
     * One write: the entry that made it, the key and value it wrote, and the value it replaced (null for the first).
     *
     * @param key {@code fact|<measure>|<id>}, {@code report|<kind>|<unit>|<month>}, {@code target|city|<indicator>|<period>},
     *            {@code target|county|<indicator>|<year>|<county>}, {@code project|<id>} or {@code milestone|<key>}
     */
    public record Version(JournalEntry entry, String key, Object value, Object replaced) {
    }

    private final Map<String, List<Version>> byKey = new HashMap<>();
    private final Map<Object, String> keyOf = new IdentityHashMap<>();
    private final List<Version> inOrder = new ArrayList<>();
    private final Predicate<String> kept;
    private JournalEntry applying;
    private JournalEntry current;

    /** @param kept the keys ({@link Version#key()}) whose writes are kept */
    VersionHistory(Predicate<String> kept) {
        this.kept = kept;
    }

    /** The entry whose event is being applied: every write until the next one is its. */
    void applying(JournalEntry entry) {
        applying = entry;
        current = null;
    }

    @Override
    public void written(String key, EventEnvelope event, Object value) {
        if (!kept.test(key)) {
            return;
        }
        if (current == null) {
            current = applying.withoutData();
        }
        List<Version> versions = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        Version version = new Version(current, key, value, versions.isEmpty() ? null : versions.get(versions.size() - 1).value());
        versions.add(version);
        inOrder.add(version);
        keyOf.put(value, key);
    }

    /** The writes of the key {@code value} was written under, oldest first, ending with the one that wrote it. */
    public List<Version> of(Object value) {
        String key = keyOf.get(value);
        return key == null ? List.of() : List.copyOf(byKey.get(key));
    }

    /** Every write, in the order the replay made them. */
    public void each(Consumer<Version> action) {
        inOrder.forEach(action);
    }
}
