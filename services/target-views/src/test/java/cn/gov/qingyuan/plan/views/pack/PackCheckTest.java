package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.contracts.ChainLink;
import cn.gov.qingyuan.plan.contracts.ChainLink.StoredEvent;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.views.facts.FactHistory;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.EveryView;
import cn.gov.qingyuan.plan.views.pack.AuditPack.Description;
import cn.gov.qingyuan.plan.views.pack.AuditPack.ServiceHeads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's checks on packs made here, without any service: a whole pack verifies; a forger who rewrites the
 * pack consistently (checksums and all) is still caught by the chain, by the views the events give, and by a head the
 * auditor kept; an entry removed is caught by the checksums.
 */
class PackCheckTest {

    private static final Instant UNTIL = Instant.parse("2015-08-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2015, 8, 1);

    @TempDir
    Path directory;

    /** Three targets set by plan-targets, the third replacing the first. */
    private final List<StoredEvent> events = List.of(
            stored(1, "industrial-investment", 2015, "165", null, "2015-07-03T02:00:00Z"),
            stored(2, "technical-retrofit-investment", 2015, "22", null, "2015-07-03T02:00:01Z"),
            stored(3, "industrial-investment", 2015, "170", "165", "2015-07-20T02:00:00Z"));

    @Test
    void aWholePackVerifies() throws IOException {
        PackCheck.Verdict verdict = PackCheck.of(pack(chained(events), views(events)));
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.verified()).isTrue();
        assertThat(verdict.report()).anyMatch(line -> line.startsWith("plan-targets") && line.contains("3 events, chain intact")
                && line.contains("3 replayed")).anyMatch(line -> line.contains("0 fields differ"));
    }

    @Test
    void anEventRemovedIsCaughtByTheChainEvenWhenTheChecksumsWereRewritten() throws IOException {
        List<ChainedEvent> lines = new ArrayList<>(chained(events));
        lines.remove(1);
        PackCheck.Verdict verdict = PackCheck.of(pack(lines, views(events)));
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.problems()).anyMatch(problem -> problem.contains("plan-targets: the chain is broken at line 2: it holds position 3"));
    }

    @Test
    void aChangedPayloadIsCaughtByItsLink() throws IOException {
        List<ChainedEvent> lines = new ArrayList<>(chained(events));
        ChainedEvent third = lines.get(2);
        lines.set(2, new ChainedEvent(third.position(), third.link(), third.globalIndex(), third.eventId(), third.aggregateId(), third.sequence(),
                third.type(), third.payloadType(), third.payloadRevision(), third.timestamp(), third.payload().replace("170", "171"), null,
                third.metadata(), null));
        PackCheck.Verdict verdict = PackCheck.of(pack(lines, views(events)));
        assertThat(verdict.problems()).anyMatch(problem -> problem.contains("chain is broken at position 3"))
                .anyMatch(problem -> problem.contains("$.target") && problem.contains("the events give 171"));
    }

    @Test
    void viewsThatAreNotWhatTheEventsGiveAreListedFieldByField() throws IOException {
        PackCheck.Verdict verdict = PackCheck.of(pack(chained(events), views(events.subList(0, 2))));
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.problems()).anyMatch(problem -> problem.startsWith("view /api/views/city?period=2015 ")
                && problem.contains("the events give 170, the pack shows 165"));
        assertThat(verdict.report()).anyMatch(line -> line.contains("chain intact"));
    }

    @Test
    void aChainThatDoesNotExtendTheHeadTheAuditorKeptIsCaught() throws IOException {
        Path pack = pack(chained(events), views(events));
        String second = chained(events).get(1).link();
        assertThat(PackCheck.of(pack, Map.of("plan-targets", new ChainHead("plan-targets", null, 2, second, null))).verified()).isTrue();
        assertThat(PackCheck.of(pack, Map.of("plan-targets", new ChainHead("plan-targets", null, 2, ChainDigest.ORIGIN, null))).problems())
                .anyMatch(problem -> problem.contains("the link at 2 is not the head you hold"));
        assertThat(PackCheck.of(pack, Map.of("plan-targets", new ChainHead("plan-targets", null, 9, second, null))).problems())
                .anyMatch(problem -> problem.contains("the pack's chain ends at 3, before the head you hold, 9:"));
        assertThat(PackCheck.of(pack, Map.of("energy-audits", new ChainHead("energy-audits", null, 1, second, null))).problems())
                .anyMatch(problem -> problem.contains("energy-audits: you hold its head, but the pack has none of its events"));
    }

    @Test
    void anEntryRemovedOrChangedIsCaughtByTheChecksums() throws IOException {
        Path pack = pack(chained(events), views(events));
        Path without = directory.resolve("without-heads.zip");
        copy(pack, without, "heads.json", null);
        assertThat(PackCheck.of(without).problems()).anyMatch(problem -> problem.contains("heads.json: listed in SHA256SUMS but not in the pack"));
        Path changed = directory.resolve("changed-readme.zip");
        copy(pack, changed, "README.txt", "An audit pack, trust me.");
        assertThat(PackCheck.of(changed).problems()).containsExactly("README.txt: its SHA-256 is not the one in SHA256SUMS: it was changed");
    }

    @Test
    void aFileThatIsNotAZipIsNotVerified() throws IOException {
        Path junk = Files.writeString(directory.resolve("junk.zip"), "not a zip");
        assertThat(PackCheck.of(junk).problems()).singleElement().asString().startsWith("the pack is not a readable ZIP file");
    }

    private static StoredEvent stored(long index, String indicator, int year, String value, String previous, String at) {
        CityTargetSet event = new CityTargetSet(IndicatorCode.of(indicator), TargetPeriod.year(year), new BigDecimal(value), "亿元",
                TargetComparator.AT_LEAST, Provenance.PLAN, "plan 2.1", previous == null ? null : new BigDecimal(previous));
        try {
            return new StoredEvent(index, "event-" + index, indicator, previous == null ? 0 : 1, "PlanTarget", CityTargetSet.class.getName(), "1", at,
                    AuditPack.JSON.writeValueAsBytes(event), "{\"submittedBy\":\"planner\"}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ChainedEvent> chained(List<StoredEvent> stored) {
        List<ChainedEvent> lines = new ArrayList<>();
        String previous = ChainLink.ORIGIN;
        for (int i = 0; i < stored.size(); i++) {
            ChainLink link = ChainLink.of(i + 1, previous, stored.get(i));
            lines.add(ChainedEvent.of(i + 1, link.link(), stored.get(i)));
            previous = link.link();
        }
        return lines;
    }

    /** The views the given events give, through the views' own handlers and rules. */
    private static Map<String, Object> views(List<StoredEvent> stored) throws IOException {
        Replay replay = new Replay(FactHistory.NONE);
        for (StoredEvent event : stored) {
            replay.apply(AuditPack.JSON.readValue(event.payload(), CityTargetSet.class), new EventEnvelope(event.eventId(),
                    EventType.of(CityTargetSet.class), null, event.aggregateId(), event.sequence(),
                    Instant.parse(event.timestamp()).atOffset(ZoneOffset.UTC), null, null, null, null, null, null, -1, -1));
        }
        FigureRules rules = FigureRules.shipped(3);
        return EveryView.of(rules.over(replay.knowledge()), rules, TODAY);
    }

    /** A pack as the service writes one, of plan-targets' events given as lines. */
    private Path pack(List<ChainedEvent> lines, Map<String, Object> views) throws IOException {
        Path pack = directory.resolve("pack-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(pack)) {
            PackWriter writer = new PackWriter(out);
            writer.text(AuditPack.README, AuditPack.README_TEXT.formatted(AuditPack.FORMAT, UNTIL));
            writer.json(AuditPack.DESCRIPTION, new Description(AuditPack.FORMAT, UNTIL, TODAY, UNTIL, "test.auditor", 3, List.of("plan-targets")));
            String text = lines.stream().map(PackCheckTest::json).collect(Collectors.joining("\n", "", "\n"));
            ChainHead head = writer.events("plan-targets", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UNTIL);
            writer.json(AuditPack.HEADS, List.of(new ServiceHeads("plan-targets", head, head)));
            writer.json(AuditPack.VIEWS, views);
            writer.finish();
        }
        return pack;
    }

    private static String json(ChainedEvent line) {
        try {
            return AuditPack.JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a ZIP, leaving out {@code name} (null {@code replacement}) or replacing its text. */
    private static void copy(Path from, Path to, String name, String replacement) throws IOException {
        try (var zip = new java.util.zip.ZipFile(from.toFile()); var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : zip.stream().toList()) {
                if (entry.getName().equals(name) && replacement == null) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? replacement.getBytes(StandardCharsets.UTF_8) : zip.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
    }
}
