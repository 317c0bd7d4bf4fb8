package cn.gov.qingyuan.plan.views.facts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** When each monthly report came in, by year, in memory: what reporting discipline is judged on. */
public final class SubmissionIndex {

    private final Map<Integer, Map<String, Submission>> byYear = new ConcurrentHashMap<>();

    public void put(Submission submission) {
        byYear.computeIfAbsent(submission.month().getYear(), year -> new ConcurrentHashMap<>()).put(submission.key(), submission);
    }

    public Collection<Submission> of(int year) {
        Map<String, Submission> ofYear = byYear.get(year);
        return ofYear == null ? List.of() : ofYear.values();
    }
}
