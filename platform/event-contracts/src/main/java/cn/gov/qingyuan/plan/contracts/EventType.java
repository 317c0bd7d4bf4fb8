package cn.gov.qingyuan.plan.contracts;

import java.util.Objects;

/**
 * The name and schema version under which an event contract travels between services, e.g.
 * {@code cn.gov.qingyuan.plan.industrialprojects.ProjectRegistered} version 1. On Kafka this is the
 * CloudEvents {@code ce_type} ({@link #cloudEventType()}), so a consumer never depends on Java class names.
 */
public record EventType(String name, int version) {

    private static final String PREFIX = "cn.gov.qingyuan.plan.";

    public EventType {
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("schema version must be >= 1, was " + version);
        }
    }

    /** The type of a contract class: its context package and simple name, and its {@link SchemaVersion}. */
    public static EventType of(Class<?> contract) {
        SchemaVersion version = contract.getAnnotation(SchemaVersion.class);
        if (version == null) {
            throw new IllegalArgumentException(contract.getName() + " is not an event contract: it has no @SchemaVersion");
        }
        String pkg = contract.getPackageName();
        String context = pkg.substring(pkg.lastIndexOf('.') + 1);
        return new EventType(PREFIX + context + "." + contract.getSimpleName(), version.value());
    }

    /** {@code <name>.v<version>}, the value of the {@code ce_type} header. */
    public String cloudEventType() {
        return name + ".v" + version;
    }

    public static EventType fromCloudEventType(String ceType) {
        int cut = ceType == null ? -1 : ceType.lastIndexOf(".v");
        if (cut < 0) {
            throw new IllegalArgumentException("ce_type '" + ceType + "' carries no schema version");
        }
        return new EventType(ceType.substring(0, cut), Integer.parseInt(ceType.substring(cut + 2)));
    }
}
