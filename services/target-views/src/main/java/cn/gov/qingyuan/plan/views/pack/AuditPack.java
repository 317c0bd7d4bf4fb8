package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The layout of an audit pack (docs/audit.md, "The audit pack"): one ZIP file holding, in this order,
 * <ul>
 * <li>{@value #README}: what the pack is and how to check it;</li>
 * <li>{@value #DESCRIPTION}: the moment, its plan day, who asked, the figure rules' setting ({@link Description});</li>
 * <li>{@code events/<service>.jsonl}: every command service's events up to the moment, as stored, one
 *     {@link cn.gov.qingyuan.plan.contracts.ChainedEvent} per line in chain order;</li>
 * <li>{@value #HEADS}: each service's chain head at the moment and when the pack was made ({@link ServiceHeads});</li>
 * <li>{@value #VIEWS}: every view as it stood at the moment, by the request that asks for it
 *     ({@link cn.gov.qingyuan.plan.views.figures.EveryView});</li>
 * <li>{@value #SUMS}: the SHA-256 of every entry above, as {@code sha256sum} prints them.</li>
 * </ul>
 */
public final class AuditPack {

    public static final String FORMAT = "qingyuan-audit-pack/1";
    static final String README = "README.txt";
    static final String DESCRIPTION = "pack.json";
    static final String HEADS = "heads.json";
    static final String VIEWS = "views.json";
    static final String SUMS = "SHA256SUMS";
    static final String EVENTS = "events/";

    /** The one JSON of a pack, written and read: dates as ISO text, numbers exact, no failure on what a newer writer adds. */
    static final ObjectMapper JSON = json();

    /**
     * @param until           the moment: every event recorded at or before it, the views as they stood then
     * @param today           the plan day of that moment, the "today" of expected-by-now and missing reports
     * @param bottomGroupSize the setting of the summons list the views were computed with
     * @param services        the command services whose events the pack holds
     */
    public record Description(String format, Instant until, LocalDate today, Instant createdAt, String createdBy, int bottomGroupSize,
                              List<String> services) {
    }

    /** A service's chain head at the pack's moment (the last line of its events) and when the pack was made. */
    public record ServiceHeads(String service, ChainHead atUntil, ChainHead atExport) {
    }

    private AuditPack() {
    }

    static String events(String service) {
        return EVENTS + service + ".jsonl";
    }

    private static ObjectMapper json() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    static final String README_TEXT = """
            An audit pack of the Qingyuan industrial plan platform (%s).

            It holds every command service's events up to %s, as their event stores hold them, with the
            hash chain that links them; each service's chain head; and every view as it stood at that moment.

            Check it offline, with nothing else running:

                java -jar audit-verifier.jar <this file>

            The verifier walks every chain from its first link, checks the heads and the checksums, replays
            the events through the views' own rules and compares every field of every view with views.json.
            The chain's definition and how to recompute a link by hand are in docs/audit.md ("The chain").
            """;
}
