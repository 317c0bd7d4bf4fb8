package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.projection.EventEnvelope;

/** Told of every fact, report or target an event wrote: how a replay keeps which events make each fact. */
public interface FactHistory {

    FactHistory NONE = (key, event, value) -> {
    };

    /**
     * @param key   what was written, unique across kinds ({@code fact|<measure>|<id>}, {@code target|<key>}, ...)
     * @param value the {@link Fact}, {@link Submission}, {@link Target}, {@link Project} or {@link Milestone} written
     */
    void written(String key, EventEnvelope event, Object value);
}
