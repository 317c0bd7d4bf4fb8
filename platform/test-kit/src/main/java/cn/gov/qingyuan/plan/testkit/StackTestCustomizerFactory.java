package cn.gov.qingyuan.plan.testkit;

import cn.gov.qingyuan.plan.contracts.PlanZone;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gives each {@link StackTest} class its own names on the embedded stack, its properties and, if asked, a fixed plan clock. */
final class StackTestCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).get(StackTest.class)
                .synthesize(a -> a.isPresent()).map(annotation -> (ContextCustomizer) new Customizer(testClass, annotation)).orElse(null);
    }

    /** One per test class: equal only to itself, so a class never shares its schema and topic with another's context. */
    private record Customizer(Class<?> testClass, StackTest annotation) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            String prefix = testClass.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            StackNames names = new StackNames(TestStack.uniqueName(prefix), TestStack.uniqueName(prefix + "_topic"),
                    TestStack.uniqueName(prefix + "_db"));
            Map<String, Object> properties = new LinkedHashMap<>(TestStack.environment(names.schema(), names.mongoDatabase()));
            properties.put("plan.eventing.topic", names.topic());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stack-test", properties));
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, annotation.properties());
            context.getBeanFactory().registerSingleton("stackNames", names);
            context.getBeanFactory().registerSingleton("serviceUnderTest", new ServiceUnderTest(context, names));
            if (!annotation.clock().isBlank()) {
                OffsetDateTime now = OffsetDateTime.parse(annotation.clock());
                context.getBeanFactory().registerSingleton("planClock", Clock.fixed(now.toInstant(), PlanZone.QINGYUAN));
            }
        }
    }
}
