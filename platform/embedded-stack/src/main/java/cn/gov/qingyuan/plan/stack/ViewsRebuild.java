package cn.gov.qingyuan.plan.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make replay}: asks target-views of a running {@code make run}, as an operator of the local issuer, to rebuild
 * every view into a new database (docs/target-views.md, "Rebuilding the views"), prints its progress and rate every
 * second until it has caught up, then the fields in which the rebuilt views differ from the live ones, and switches
 * readers to it when asked to.
 */
final class ViewsRebuild {

    private static final String REBUILDS = "/api/operations/rebuilds";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final PrintStream out;

    private ViewsRebuild(LocalIssuer issuer, PrintStream out) {
        this.token = issuer.token("make-replay", "operator", null, Duration.ofHours(2));
        this.out = out;
    }

    /**
     * @param fromStores rebuild from the command services' event stores rather than from the start of the topics
     * @return whether the rebuild caught up (and, when {@code switchOver}, readers were switched to it)
     */
    static boolean run(LocalIssuer issuer, boolean fromStores, boolean switchOver, PrintStream out) throws InterruptedException {
        try {
            return new ViewsRebuild(issuer, out).rebuild(fromStores, switchOver);
        } catch (IOException e) {
            out.printf("target-views is not reachable at %s (is make run running?): %s%n", ServiceCatalog.TARGET_VIEWS.url(""), e.getMessage());
            return false;
        }
    }

    private boolean rebuild(boolean fromStores, boolean switchOver) throws IOException, InterruptedException {
        HttpResponse<String> started = send("POST", REBUILDS + "?source=" + (fromStores ? "stores" : "kafka"));
        if (started.statusCode() != 202) {
            out.printf("The rebuild did not start: HTTP %d %s%n", started.statusCode(), started.body());
            return false;
        }
        String id = field(started.body(), "id");
        out.printf("Rebuild %s from %s into database %s (consumer group %s)%n", id,
                fromStores ? "the command services' event stores, then the topics" : "the start of the topics", field(started.body(), "database"),
                field(started.body(), "consumerGroup"));
        String status;
        do {
            Thread.sleep(1000);
            status = send("GET", REBUILDS + "/" + id).body();
            out.printf("  %-10s %s of %s records (%.1f %%), %.0f events/s, %.1f s%n", field(status, "state"), field(status, "applied"),
                    field(status, "total"), 100 * Double.parseDouble(field(status, "progress")),
                    Double.parseDouble(field(status, "eventsPerSecond")), Double.parseDouble(field(status, "elapsedSeconds")));
        } while (field(status, "state").equals("replaying"));
        if (!field(status, "state").equals("caught-up")) {
            out.printf("The rebuild stopped: %s%n", status);
            return false;
        }
        String comparison = send("GET", REBUILDS + "/" + id + "/differences").body();
        int differences = count(comparison, "\"view\":");
        out.printf("Compared %s views with the live ones on %s: %s%n", field(comparison, "views"), field(comparison, "today"),
                differences == 0 ? "no difference" : differences + " differing fields");
        if (differences > 0) {
            out.println(comparison.replace("},{\"view\"", "},\n  {\"view\""));
        }
        if (!switchOver) {
            out.printf("Readers are still on the live views. To switch them to the rebuilt ones:%n"
                    + "  curl -X POST -H \"Authorization: Bearer $(make -s token ROLE=operator)\" %s%n", ServiceCatalog.TARGET_VIEWS.url(REBUILDS + "/" + id + "/switch"));
            return true;
        }
        HttpResponse<String> switched = send("POST", REBUILDS + "/" + id + "/switch");
        out.printf(switched.statusCode() == 200 ? "Readers switched to database %s%n" : "The switch was refused: %s%n",
                switched.statusCode() == 200 ? field(switched.body(), "database") : switched.body());
        return switched.statusCode() == 200;
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ServiceCatalog.TARGET_VIEWS.url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(2)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level scalar of the service's JSON answer (this tool carries no JSON library). */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\"([^\"]*)\"|[^,}]+)").matcher(json);
        if (!value.find()) {
            return "0";
        }
        return value.group(2) != null ? value.group(2) : value.group(1);
    }

    private static int count(String text, String fragment) {
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
