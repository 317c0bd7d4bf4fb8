package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.SchemaVersion;
import org.axonframework.serialization.RevisionResolver;

/**
 * Stores each event's {@link SchemaVersion} as Axon's payload revision, so the event store records the
 * shape every event was written in and upcasters can key on it.
 */
class SchemaVersionRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        SchemaVersion version = payloadType.getAnnotation(SchemaVersion.class);
        return version == null ? null : Integer.toString(version.value());
    }
}
