package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.EveryView;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.ViewDifferences;
import cn.gov.qingyuan.plan.views.figures.ViewDifferences.Difference;
import cn.gov.qingyuan.plan.views.pack.AuditPack.Description;
import cn.gov.qingyuan.plan.views.pack.AuditPack.ServiceHeads;
import cn.gov.qingyuan.plan.views.stores.StoredEvents;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an audit pack from its bytes alone, with no service running: every entry against its checksum, every
 * service's chain from its first link, each head against the chain, and every view against the views recomputed from
 * the pack's events by the service's own handlers and figure rules. It reports each problem found, not only the first.
 */
public final class PackCheck {

    /** Differences listed in full; beyond, only their number. */
    private static final int LISTED = 20;

    /**
     * @param verified whether nothing was found wrong
     * @param report   what was checked, a line each
     * @param problems what was found wrong, a line each
     */
    public record Verdict(boolean verified, List<String> report, List<String> problems) {
    }

    private final List<String> report = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private final Map<String, ChainHead> held;

    private PackCheck(Map<String, ChainHead> held) {
        this.held = held;
    }

    public static Verdict of(Path pack) {
        return of(pack, Map.of());
    }

    /** @param held heads an auditor kept, by service: each service's chain in the pack must extend its head */
    public static Verdict of(Path pack, Map<String, ChainHead> held) {
        PackCheck check = new PackCheck(held);
        try (ZipFile zip = new ZipFile(pack.toFile(), StandardCharsets.UTF_8)) {
            check.check(zip);
        } catch (ZipException e) {
            check.problems.add("the pack is not a readable ZIP file: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            check.problems.add("the pack is damaged: " + e);
        }
        return new Verdict(check.problems.isEmpty(), List.copyOf(check.report), List.copyOf(check.problems));
    }

    private void check(ZipFile zip) throws IOException {
        checksums(zip);
        Description description = AuditPack.JSON.readValue(bytes(zip, AuditPack.DESCRIPTION), Description.class);
        if (!AuditPack.FORMAT.equals(description.format())) {
            problems.add("pack.json: format '" + description.format() + "' is not " + AuditPack.FORMAT);
            return;
        }
        report.add("pack of " + description.until() + " (plan day " + description.today() + "), made " + description.createdAt()
                + " by " + description.createdBy());
        Map<String, ServiceHeads> heads = AuditPack.JSON.readValue(bytes(zip, AuditPack.HEADS), new TypeReference<List<ServiceHeads>>() {
        }).stream().collect(Collectors.toMap(ServiceHeads::service, Function.identity()));
        Replay replay = new Replay(cn.gov.qingyuan.plan.views.facts.FactHistory.NONE);
        for (String service : description.services()) {
            chain(zip, service, heads.get(service), description.until(), replay);
        }
        held.keySet().stream().filter(service -> !description.services().contains(service))
                .forEach(service -> problems.add(service + ": you hold its head, but the pack has none of its events"));
        views(zip, description, replay);
    }

    /** Every entry but the checksums themselves is listed once in {@value AuditPack#SUMS} and has that SHA-256. */
    private void checksums(ZipFile zip) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : new String(bytes(zip, AuditPack.SUMS), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                listed.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
            }
        }
        List<String> entries = zip.stream().map(ZipEntry::getName).filter(name -> !name.equals(AuditPack.SUMS)).toList();
        for (String entry : entries) {
            String expected = listed.remove(entry);
            if (expected == null) {
                problems.add(entry + ": not listed in " + AuditPack.SUMS + ": it was added to the pack");
                continue;
            }
            MessageDigest digest = PackWriter.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(entry)), digest)) {
                in.transferTo(OutputStreamNull.INSTANCE);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
                problems.add(entry + ": its SHA-256 is not the one in " + AuditPack.SUMS + ": it was changed");
            }
        }
        listed.keySet().forEach(missing -> problems.add(missing + ": listed in " + AuditPack.SUMS + " but not in the pack: it was removed"));
        report.add(AuditPack.SUMS + ": " + entries.size() + " entries checked");
    }

    /** Walks one service's chain from its first link, feeding the events of the moment to the replay. */
    private void chain(ZipFile zip, String service, ServiceHeads heads, Instant until, Replay replay) throws IOException {
        String name = AuditPack.events(service);
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            problems.add(name + ": missing");
            return;
        }
        StoredEvents.ChainWalk walk = new StoredEvents.ChainWalk();
        long applied = 0;
        String broken = null;
        ChainHead kept = held.get(service);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                ChainedEvent event = AuditPack.JSON.readValue(line, ChainedEvent.class);
                String problem = walk.next(event);
                if (broken == null) {
                    broken = problem;
                }
                if (kept != null && walk.position() == kept.position() && !kept.link().equals(event.link())) {
                    problems.add(service + ": the link at " + walk.position() + " is not the head you hold, " + kept.held()
                            + ": the history was rewritten");
                }
                if (apply(event, until, replay)) {
                    applied++;
                }
            }
        }
        long position = walk.position();
        String previous = walk.link();
        if (broken != null) {
            problems.add(service + ": the chain is broken at " + broken);
        }
        if (kept != null && kept.position() > position) {
            problems.add(service + ": the pack's chain ends at " + position + ", before the head you hold, " + kept.held());
        }
        if (heads == null) {
            problems.add(service + ": no head in " + AuditPack.HEADS);
        } else if (heads.atUntil().position() != position || !heads.atUntil().link().equals(previous)) {
            problems.add(service + ": the head at the moment, " + heads.atUntil().held() + ", is not the chain's last link " + position + ":" + previous);
        } else if (heads.atExport().position() < position) {
            problems.add(service + ": the head when the pack was made, " + heads.atExport().held() + ", is behind the chain the pack holds");
        }
        report.add(String.format("%-20s %d events, %s, head %d:%s (at export %s), %d replayed", service, position,
                broken == null ? "chain intact" : "chain BROKEN", position, previous, heads == null ? "?" : heads.atExport().held(), applied));
    }

    /** Applies an event of the moment to the replay as the live consumer would, from its stored columns. */
    private boolean apply(ChainedEvent event, Instant until, Replay replay) throws IOException {
        if (StoredEvents.recordedAt(event).isAfter(until)) {
            return false;
        }
        Optional<StoredEvents.Decoded> decoded = StoredEvents.decode(event);
        if (decoded.isEmpty()) {
            problems.add("event " + event.eventId() + ": '" + event.payloadType() + "' is not an event of the plan");
            return false;
        }
        replay.apply(decoded.get().payload(), decoded.get().envelope());
        return true;
    }

    private void views(ZipFile zip, Description description, Replay replay) throws IOException {
        Map<String, JsonNode> packed = AuditPack.JSON.readValue(bytes(zip, AuditPack.VIEWS), new TypeReference<LinkedHashMap<String, JsonNode>>() {
        });
        Map<String, JsonNode> recomputed = new LinkedHashMap<>();
        FigureRules rules = FigureRules.shipped(description.bottomGroupSize());
        EveryView.of(rules.over(replay.knowledge()), rules, description.today()).forEach((view, value) -> recomputed.put(view, tree(value)));
        List<Difference> differences = ViewDifferences.between(recomputed, packed, AuditPack.JSON);
        report.add("views: " + packed.size() + " in the pack, " + recomputed.size() + " recomputed from its events, "
                + differences.size() + (differences.size() == 1 ? " field differs" : " fields differ"));
        differences.stream().limit(LISTED).forEach(difference -> problems.add("view " + difference.view() + " " + difference.path()
                + ": the events give " + ViewDifferences.text(difference.expected()) + ", the pack shows " + ViewDifferences.text(difference.found())));
        if (differences.size() > LISTED) {
            problems.add("... and " + (differences.size() - LISTED) + " more fields of the views differ");
        }
    }

    /** The tree a view's JSON text gives, so both sides are compared as the pack holds them. */
    private static JsonNode tree(Object view) {
        try {
            return AuditPack.JSON.readTree(AuditPack.JSON.writeValueAsBytes(view));
        } catch (IOException e) {
            throw new IllegalStateException("a view is always JSON", e);
        }
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = Optional.ofNullable(zip.getEntry(name)).orElseThrow(() -> new IOException(name + " is missing"));
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }
    }
}
