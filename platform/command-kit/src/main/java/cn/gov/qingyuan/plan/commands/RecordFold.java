package cn.gov.qingyuan.plan.commands;

/**
 * How one kind of record's state follows from its events: the single rule both its aggregate (in its
 * event-sourcing handler) and its state read apply, so a rule is written once.
 *
 * @param <E> the record's event type (its contract's sealed interface)
 * @param <S> the state: a record, {@code null} before the first event
 */
@FunctionalInterface
public interface RecordFold<E, S> {

    /** @param sequence the event's sequence number within the record: 0 for the first, which the record's version follows */
    S apply(S state, E event, long sequence);
}
