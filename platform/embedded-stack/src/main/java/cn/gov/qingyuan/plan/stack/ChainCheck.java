package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code make verify}: asks every command service of {@code make run} to walk its event chain
 * ({@code GET /api/audit/integrity}, as an auditor of the local issuer) and prints each answer.
 */
final class ChainCheck {

    private ChainCheck() {
    }

    /** @return whether every service answered {@code intact} */
    static boolean run(LocalIssuer issuer, PrintStream out) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = issuer.token("make-verify", "auditor", null, Duration.ofMinutes(10));
        boolean intact = true;
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            if (spec.postgresSchema() == null) {
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(spec.url("/api/audit/integrity")))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                boolean ok = answer.statusCode() == 200 && answer.body().contains("\"status\":\"intact\"");
                out.printf("%-20s %s%n", spec.name(), answer.statusCode() == 200 ? answer.body() : "HTTP " + answer.statusCode() + " " + answer.body());
                intact &= ok;
            } catch (IOException e) {
                out.printf("%-20s not reachable at %s (is make run running?): %s%n", spec.name(), spec.url(""), e.getMessage());
                intact = false;
            }
        }
        out.println(intact ? "every chain is intact" : "NOT every chain is intact: see above");
        return intact;
    }
}
