package cn.gov.qingyuan.plan.views.indicators;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** When each monthly report came in ({@code report_submissions} in MongoDB), for reporting discipline. */
@Component
class SubmissionBook {

    private final Mirror<Submission> submissions;
    private final Map<Integer, Map<String, Submission>> byYear = new ConcurrentHashMap<>();

    SubmissionBook(MongoDatabase database) {
        this.submissions = new Mirror<>(database.getCollection("report_submissions"), Submission::toDocument, Submission::fromDocument);
        submissions.forEach(this::index);
    }

    boolean record(long sequence, Submission submission) {
        if (submissions.put(submission.key(), sequence, submission) == null) {
            return false;
        }
        index(submission.key(), submission);
        return true;
    }

    private void index(String key, Submission submission) {
        byYear.computeIfAbsent(submission.month().getYear(), year -> new ConcurrentHashMap<>()).put(key, submission);
    }

    Collection<Submission> of(int year) {
        Map<String, Submission> ofYear = byYear.get(year);
        return ofYear == null ? List.of() : ofYear.values();
    }
}
