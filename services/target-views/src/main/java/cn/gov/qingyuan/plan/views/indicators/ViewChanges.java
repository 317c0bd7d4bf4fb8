package cn.gov.qingyuan.plan.views.indicators;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Tells the live streams what each applied event changed. Listeners must return quickly (they run on the consumer thread). */
@Component
public class ViewChanges {

    private final List<Consumer<ViewChange>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<ViewChange> listener) {
        listeners.add(listener);
    }

    void publish(ViewChange change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
