package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.testkit.TestStack;

/** The end-to-end scenario on the embedded stack: a real Kafka broker, real PostgreSQL, the MongoDB stand-in. */
class EndToEndTest extends EndToEndScenario {

    @Override
    Infrastructure infrastructure() {
        return Infrastructure.of(TestStack.get(), TestStack.issuer());
    }
}
