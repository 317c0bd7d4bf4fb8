package cn.gov.qingyuan.plan.views.indicators;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every fact the indicators are computed from, by measure and year ({@code indicator_facts} in MongoDB). */
@Component
class FactBook {

    private final Mirror<Fact> facts;
    private final Map<Measure, Map<Integer, Map<String, Fact>>> byMeasureAndYear = new EnumMap<>(Measure.class);

    FactBook(MongoDatabase database) {
        for (Measure measure : Measure.values()) {
            byMeasureAndYear.put(measure, new ConcurrentHashMap<>());
        }
        this.facts = new Mirror<>(database.getCollection("indicator_facts"), Fact::toDocument, Fact::fromDocument);
        facts.forEach(this::index);
    }

    /** @return whether the fact changed anything (false for a redelivered or overtaken event) */
    boolean record(String key, long sequence, Fact fact) {
        Optional<Fact> before = facts.put(key, sequence, fact);
        if (before == null) {
            return false;
        }
        before.ifPresent(old -> yearOf(old).remove(key));
        index(key, fact);
        return true;
    }

    private void index(String key, Fact fact) {
        yearOf(fact).put(key, fact);
    }

    private Map<String, Fact> yearOf(Fact fact) {
        return byMeasureAndYear.get(fact.measure()).computeIfAbsent(fact.month().getYear(), year -> new ConcurrentHashMap<>());
    }

    Collection<Fact> facts(Measure measure, int year) {
        Map<String, Fact> ofYear = byMeasureAndYear.get(measure).get(year);
        return ofYear == null ? List.of() : ofYear.values();
    }

    /** The facts of every year up to and including {@code lastYear}. */
    Collection<Fact> factsUpTo(Measure measure, int lastYear) {
        List<Fact> all = new ArrayList<>();
        byMeasureAndYear.get(measure).forEach((year, ofYear) -> {
            if (year <= lastYear) {
                all.addAll(ofYear.values());
            }
        });
        return all;
    }

    int size() {
        return facts.size();
    }
}
