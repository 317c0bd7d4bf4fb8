package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.projection.ReplayConsumer;
import cn.gov.qingyuan.plan.projection.ReplayConsumer.Progress;
import cn.gov.qingyuan.plan.views.facts.FactGeneration;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Duration;
import java.time.Instant;

/** One rebuild: a new generation, the facts it is filling, and the replay that fills them and then keeps them current. */
final class Rebuild {

    enum State {
        REPLAYING("replaying"), CAUGHT_UP("caught-up"), SWITCHED("switched"), FAILED("failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        @JsonValue
        String label() {
            return label;
        }
    }

    /** What {@code GET /api/operations/rebuilds/{id}} answers; the rate is of the replay proper once it has caught up. */
    record Status(String id, State state, Rebuilds.Source source, String database, String consumerGroup, long applied, long total, double progress,
                  double eventsPerSecond, double elapsedSeconds, Instant startedAt, Instant caughtUpAt, Instant switchedAt,
                  String failure) {
    }

    private final Generation generation;
    private final Rebuilds.Source source;
    private final FactGeneration facts;
    private final ReplayConsumer replay;
    private volatile Instant switchedAt;

    Rebuild(Generation generation, Rebuilds.Source source, FactGeneration facts, ReplayConsumer replay) {
        this.generation = generation;
        this.source = source;
        this.facts = facts;
        this.replay = replay;
    }

    Generation generation() {
        return generation;
    }

    FactGeneration facts() {
        return facts;
    }

    ReplayConsumer replay() {
        return replay;
    }

    void switched(Instant at) {
        switchedAt = at;
    }

    State state() {
        Progress progress = replay.progress();
        if (progress.failure() != null) {
            return State.FAILED;
        }
        if (switchedAt != null) {
            return State.SWITCHED;
        }
        return progress.caughtUp() ? State.CAUGHT_UP : State.REPLAYING;
    }

    /** Still to be switched to or refused: a second rebuild must wait for this one. */
    boolean pending() {
        State state = state();
        return state == State.REPLAYING || state == State.CAUGHT_UP;
    }

    Status status() {
        Progress progress = replay.progress();
        Instant end = progress.caughtUp() ? progress.caughtUpAt() : Instant.now();
        double seconds = Duration.between(progress.startedAt(), end).toMillis() / 1000.0;
        long events = progress.caughtUp() ? progress.replayed() : progress.applied();
        return new Status(generation.id(), state(), source, generation.database(), generation.consumerGroup(), progress.applied(), progress.total(),
                progress.share(), seconds == 0 ? 0 : events / seconds, seconds, progress.startedAt(), progress.caughtUpAt(), switchedAt,
                progress.failure());
    }
}
