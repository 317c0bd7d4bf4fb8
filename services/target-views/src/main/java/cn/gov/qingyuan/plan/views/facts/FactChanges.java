package cn.gov.qingyuan.plan.views.facts;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Tells the live streams what each applied event changed. Listeners must return quickly (they run on the consumer thread). */
@Component
public class FactChanges {

    private final List<Consumer<FactsChanged>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<FactsChanged> listener) {
        listeners.add(listener);
    }

    void publish(FactsChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
