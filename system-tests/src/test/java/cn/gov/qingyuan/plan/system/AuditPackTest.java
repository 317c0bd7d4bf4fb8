package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit pack from outside, against the real services ({@link DashboardServices}): an auditor downloads the pack of
 * a moment and the standalone verifier, run as its own JVM from the jar {@code make build} makes, checks it offline and
 * says it verifies; the same pack with one byte changed, in an event, in a view or anywhere in the file, does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DashboardServices.Shared.class)
class AuditPackTest {

    private static final Path VERIFIER = Path.of("..", "services", "target-views", "target", "audit-verifier.jar").toAbsolutePath().normalize();
    private static final Path PACKS = Path.of("target", "audit-packs");

    private DashboardServices services;
    private Path pack;

    @BeforeAll
    void downloadAPackAfterReportsAndACorrection(DashboardServices running) throws Exception {
        services = running;
        String projectId = services.registerProject();
        services.reportInvestment(projectId, "2015-05", new BigDecimal("4321.5"));
        services.correctInvestment(projectId, "2015-05", new BigDecimal("4300"), "the invoice was counted with VAT");
        Http auditor = new Http(services.viewsUrl(""), auditorToken());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResult trail = auditor.get("/api/audit/events?aggregateId=" + projectId);
            assertThat(trail.json().get("events")).as("the journal holds the project's events").hasSize(3);
        });
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(1_500);
        Files.createDirectories(PACKS);
        pack = PACKS.resolve("pack-" + System.nanoTime() + ".zip");
        HttpResponse<Path> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(services.viewsUrl(
                        "/api/audit/export?until=" + URLEncoder.encode(until.toString(), StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + auditorToken()).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofFile(pack));
        assertThat(answer.statusCode()).as(() -> read(pack)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("audit-pack-until-");
    }

    @Test
    void thePackVerifiesOfflineWithTheStandaloneVerifier() throws Exception {
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("README.txt", "pack.json", "events/industrial-projects.jsonl",
                    "events/technical-retrofit.jsonl", "events/park-metrics.jsonl", "events/industry-statistics.jsonl",
                    "events/energy-audits.jsonl", "events/plan-targets.jsonl", "heads.json", "views.json", "SHA256SUMS");
        }
        Verification verdict = verify(pack);
        assertThat(verdict.exitCode()).as(verdict.output()).isZero();
        assertThat(verdict.output()).contains("VERIFIED").contains("chain intact").contains("0 fields differ")
                .containsPattern("industrial-projects\\s+[1-9][0-9]* events").containsPattern("plan-targets\\s+[1-9][0-9]* events");
    }

    @Test
    void aByteChangedInAnEventBreaksItsChain() throws Exception {
        Path changed = rewritten("events/industrial-projects.jsonl", text -> changeOneDigit(text, "\"plannedInvestmentWanYuan\\\":"));
        Verification verdict = verify(changed);
        assertThat(verdict.exitCode()).as(verdict.output()).isEqualTo(1);
        assertThat(verdict.output()).contains("NOT VERIFIED").contains("industrial-projects: the chain is broken at position")
                .contains("events/industrial-projects.jsonl: its SHA-256 is not the one in SHA256SUMS");
    }

    @Test
    void aByteChangedInAViewIsNotWhatTheEventsGive() throws Exception {
        Path changed = rewritten("views.json", text -> changeOneDigit(text, "\"completedWanYuan\" : "));
        Verification verdict = verify(changed);
        assertThat(verdict.exitCode()).as(verdict.output()).isEqualTo(1);
        assertThat(verdict.output()).contains("NOT VERIFIED").contains("completedWanYuan: the events give")
                .contains("views.json: its SHA-256 is not the one in SHA256SUMS").doesNotContain("chain BROKEN");
    }

    @Test
    void aByteChangedAnywhereInTheFileDataIsCaught() throws Exception {
        byte[] original = Files.readAllBytes(pack);
        // Bytes inside the entries' compressed data, spread over the file (the last kilobytes are the ZIP's directory).
        for (int at : List.of(original.length / 5, original.length / 3, original.length / 2, 2 * original.length / 3)) {
            byte[] bytes = original.clone();
            bytes[at] ^= 0x01;
            Path changed = PACKS.resolve("flipped-" + at + "-" + System.nanoTime() + ".zip");
            Files.write(changed, bytes);
            Verification verdict = verify(changed);
            assertThat(verdict.exitCode()).as("byte %d of %d: %s", at, bytes.length, verdict.output()).isEqualTo(1);
            assertThat(verdict.output()).contains("NOT VERIFIED");
        }
    }

    /** The pack with one entry's text passed through {@code change}, every other entry as it was. */
    private Path rewritten(String name, UnaryOperator<String> change) throws IOException {
        Path changed = PACKS.resolve("changed-" + System.nanoTime() + ".zip");
        try (ZipFile zip = new ZipFile(pack.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals(name)) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    assertThat(after).as("one byte changed").isNotEqualTo(before).hasSameSizeAs(before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return changed;
    }

    /** The text with the first digit after {@code marker} replaced by another digit. */
    private static String changeOneDigit(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("'%s' in the entry", marker).isNotNegative();
        int digit = at + marker.length();
        while (!Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        char replaced = text.charAt(digit) == '9' ? '8' : (char) (text.charAt(digit) + 1);
        return text.substring(0, digit) + replaced + text.substring(digit + 1);
    }

    private record Verification(int exitCode, String output) {
    }

    private static Verification verify(Path pack) throws Exception {
        assertThat(VERIFIER).as("make build makes the verifier").exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", VERIFIER.toString(),
                pack.toAbsolutePath().toString()).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Verification(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String auditorToken() {
        return TestStack.issuer().token("pack.auditor", "auditor", null, Duration.ofHours(1));
    }
}
