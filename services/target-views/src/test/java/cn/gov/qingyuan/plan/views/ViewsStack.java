package cn.gov.qingyuan.plan.views;

/** What a {@code @StackTest} of target-views adds to the kit's names: it reads its own topics, not {@code plan.eventing.topic}. */
public final class ViewsStack {

    /**
     * The projections' consumer group named after the class's own MongoDB database, so no other test class's
     * instance (Spring keeps their contexts running) shares its partitions.
     */
    public static final String OWN_CONSUMER_GROUP = "plan.projection.consumer-group=${MONGODB_DATABASE}";

    private ViewsStack() {
    }
}
