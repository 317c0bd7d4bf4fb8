package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes an audit pack's entries one after the other into a ZIP stream, keeping each one's SHA-256 for {@value AuditPack#SUMS}. */
final class PackWriter {

    private final ZipOutputStream zip;
    private final Map<String, String> sums = new LinkedHashMap<>();

    PackWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void text(String name, String text) throws IOException {
        entry(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    void json(String name, Object value) throws IOException {
        entry(name, out -> AuditPack.JSON.writerWithDefaultPrettyPrinter().writeValue(out, value));
    }

    /**
     * Copies a service's events, line by line as the service sent them, into {@code events/<service>.jsonl}.
     *
     * @return the head of what was copied: the last line's position and link
     */
    ChainHead events(String service, InputStream lines, Instant at) throws IOException {
        String[] last = {null};
        entry(AuditPack.events(service), out -> {
            BufferedReader reader = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                last[0] = line;
            }
        });
        if (last[0] == null) {
            return new ChainHead(service, null, 0, ChainDigest.ORIGIN, at);
        }
        ChainedEvent event = AuditPack.JSON.readValue(last[0], ChainedEvent.class);
        return new ChainHead(service, null, event.position(), event.link(), at);
    }

    /** Writes {@value AuditPack#SUMS} and ends the ZIP. */
    void finish() throws IOException {
        StringBuilder lines = new StringBuilder();
        sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
        zip.putNextEntry(new ZipEntry(AuditPack.SUMS));
        zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void entry(String name, Content content) throws IOException {
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the entry ends with closeEntry, the ZIP with finish
            }
        }, digest);
        content.writeTo(entry);
        entry.flush();
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
