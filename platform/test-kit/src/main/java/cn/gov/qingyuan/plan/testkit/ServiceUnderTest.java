package cn.gov.qingyuan.plan.testkit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service a {@link StackTest} started, as its tests call it: over real HTTP on its random port, as any caller,
 * and its event store counted so a refused request is shown to write nothing. A bean of every {@code @StackTest}
 * context: {@code @Autowired ServiceUnderTest service}.
 */
public final class ServiceUnderTest {

    private final ApplicationContext context;
    private final StackNames names;

    ServiceUnderTest(ApplicationContext context, StackNames names) {
        this.context = context;
        this.names = names;
    }

    /** The service's base URL, once its server is listening. */
    public String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** The service, called with this bearer token (null for none). */
    public Http as(String token) {
        return new Http(url(), token);
    }

    /** The service, called with a token of the local issuer for {@code role} acting for {@code unit} (null for none). */
    public Http as(String role, String unit) {
        return as(TestStack.token(role, unit));
    }

    public StackNames names() {
        return names;
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** How many events the service's event store holds. */
    public long storedEvents() {
        return jdbc().queryForObject("select count(*) from " + names.table("domainevententry"), Long.class);
    }
}
