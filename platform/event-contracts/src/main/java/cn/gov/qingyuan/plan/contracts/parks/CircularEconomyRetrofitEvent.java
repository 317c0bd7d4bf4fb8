package cn.gov.qingyuan.plan.contracts.parks;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of a park's circular-economy retrofit (循环化改造, plan action 6: parks doing it 1 / 1, at least 2 over the
 * plan). One retrofit per park; the park's id is the aggregate id and the Kafka key. Every event names the park and
 * its host county.
 */
public sealed interface CircularEconomyRetrofitEvent {

    String parkId();

    County county();

    List<Class<? extends CircularEconomyRetrofitEvent>> ALL = List.of(CircularEconomyRetrofitStarted.class,
            CircularEconomyRetrofitCompleted.class);

    /**
     * The park started its circular-economy retrofit; a park starts it once.
     *
     * @param county    the park's host county
     * @param startedOn the day it started, not in the future
     */
    @SchemaVersion(1)
    record CircularEconomyRetrofitStarted(String parkId, County county, LocalDate startedOn) implements CircularEconomyRetrofitEvent {
    }

    /**
     * The park completed its circular-economy retrofit; once, and not before it started. Repeats {@code startedOn}
     * so a counting projection needs nothing but this event.
     *
     * @param completedOn the day it was completed, not in the future; its year is the year the park counts in
     */
    @SchemaVersion(1)
    record CircularEconomyRetrofitCompleted(String parkId, County county, LocalDate startedOn, LocalDate completedOn)
            implements CircularEconomyRetrofitEvent {
    }
}
