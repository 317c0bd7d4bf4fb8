package cn.gov.qingyuan.plan.stack;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FreePortsTest {

    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    @Test
    void portsArePickedBelowTheKernelsEphemeralRange() throws Exception {
        assumeTrue(Files.isReadable(RANGE), "no ephemeral range to read (not Linux)");
        int lowest;
        try (BufferedReader range = Files.newBufferedReader(RANGE)) {
            lowest = Integer.parseInt(range.readLine().strip().split("\\s+")[0]);
        }
        assertThat(FreePorts.lowestEphemeralPort()).isEqualTo(lowest);
        assumeTrue(lowest > 21_000, "the ephemeral range leaves no room below it");
        int[] ports = FreePorts.pick(5);
        assertThat(java.util.Arrays.stream(ports).boxed().toList()).allSatisfy(port -> assertThat(port).isBetween(20_000, lowest - 1));
        assertThat(ports).doesNotHaveDuplicates();
    }
}
