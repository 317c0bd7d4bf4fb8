package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that must be reported as exceptions, before a server corrupts data or Kafka halts the JVM. */
class StartupGuardsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_second_stack_on_the_same_directory_is_refused() {
        StackOptions mongoOnly = new StackOptions(dataDirectory, 0, 0, 0, false, false, true);
        try (EmbeddedStack first = EmbeddedStack.start(mongoOnly)) {
            assertThatThrownBy(() -> EmbeddedStack.start(mongoOnly))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another embedded stack in this JVM");
            assertThat(first.mongoUri()).startsWith("mongodb://127.0.0.1:");
        }
        EmbeddedStack.start(mongoOnly).close();
    }

    @Test
    void kafka_on_a_port_in_use_fails_instead_of_halting_the_jvm() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackOptions kafkaOnly = new StackOptions(null, taken.getLocalPort(), 0, 0, true, false, false);

            assertThatThrownBy(() -> EmbeddedStack.start(kafkaOnly))
                    .isInstanceOf(IllegalStateException.class)
                    .hasStackTraceContaining("port " + taken.getLocalPort() + ": it is in use");
        }
    }
}
