package cn.gov.qingyuan.plan.views.facts;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners what each applied event changed. Listeners must return quickly (they run on the consumer thread).
 * The bean is what the live streams hear: the active generation's projection publishes to it, a rebuild's only once
 * it is switched to ({@link #forwardTo}).
 */
@Component
public class FactChanges {

    private final List<Consumer<FactsChanged>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<FactsChanged> listener) {
        listeners.add(listener);
    }

    /** From now on, every change told here is told to {@code readers} too. */
    public void forwardTo(FactChanges readers) {
        subscribe(readers::publish);
    }

    void publish(FactsChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
