package cn.gov.qingyuan.plan.testkit;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures.Violation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;

/** Matchers for aggregates' refusals in Axon's given/when/then fixtures. */
public final class FigureMatchers {

    private FigureMatchers() {
    }

    /** An {@link InvalidFigures} carrying exactly these violations, in this order. */
    public static Matcher<Throwable> violations(Violation... expected) {
        return new FeatureMatcher<Throwable, Object>(equalTo(List.of(expected)), "figures refused for", "violations") {
            @Override
            protected Object featureValueOf(Throwable actual) {
                return actual instanceof InvalidFigures invalid ? invalid.violations() : actual;
            }
        };
    }
}
