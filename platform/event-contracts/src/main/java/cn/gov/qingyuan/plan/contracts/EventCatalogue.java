package cn.gov.qingyuan.plan.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every event contract of the plan, by its type name: what a consumer of every topic (the audit journal) reads. */
public final class EventCatalogue {

    /** Every sealed event interface of the contracts, topic by topic (the architecture test checks none is left out). */
    public static final List<Class<?>> FAMILIES = Stream.of(EventTopic.values()).flatMap(topic -> topic.families().stream()).toList();

    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

    static {
        FAMILIES.stream().flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .forEach(type -> BY_NAME.put(EventType.of(type).name(), type));
    }

    private EventCatalogue() {
    }

    public static List<Class<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The contract of a type name ({@link EventType#name()}). */
    public static Optional<Class<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
