package cn.gov.qingyuan.plan.testkit;

/** The names a {@link StackTest} class's service was given on the stack: its PostgreSQL schema, Kafka topic and MongoDB database. */
public record StackNames(String schema, String topic, String mongoDatabase) {

    /** The qualified name of a table in the service's schema, e.g. {@code table("domainevententry")}. */
    public String table(String name) {
        return schema + "." + name;
    }
}
