package cn.gov.qingyuan.plan.targets.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads tables of text out of CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) and out of the
 * first sheet of an XLSX workbook, so both kinds of upload go through the same row checks. The first row names
 * the columns; blank rows and rows whose first cell starts with {@code #} are comments.
 */
public final class Sheets {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Sheets() {
    }

    /** XLSX files are zip archives; anything else is CSV. Either is read only as far as {@code bounds}. */
    public static SheetTable read(byte[] content, SheetBounds bounds) {
        return isXlsx(content) ? xlsx(content, bounds) : csv(text(content), bounds);
    }

    /**
     * Bounds every zip entry POI inflates, in this JVM: POI keeps them in static fields, so they are set once at startup
     * from configuration rather than per import. An entry that expands more than {@code 1 / minInflateRatio} times its
     * compressed size, or beyond {@code maxEntryBytes}, stops the reading of the file; {@code maxTextChars} bounds the
     * text of a sheet's cells.
     */
    public static void boundZipEntries(double minInflateRatio, long maxEntryBytes, long maxTextChars) {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(maxTextChars);
    }

    /** UTF-8, or GB18030 when the bytes are not UTF-8: what Excel on a Chinese-locale Windows saves as "CSV". */
    static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    public static boolean isXlsx(byte[] content) {
        return content.length >= 4 && content[0] == ZIP_MAGIC[0] && content[1] == ZIP_MAGIC[1] && content[2] == ZIP_MAGIC[2]
                && content[3] == ZIP_MAGIC[3];
    }

    /** The plan's own seed file, read without bounds. */
    public static SheetTable csv(String text) {
        return csv(text, SheetBounds.NONE);
    }

    public static SheetTable csv(String text, SheetBounds bounds) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atCellStart = true;
        long cells = 0;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && atCellStart) {
                quoted = true;
                atCellStart = false;
            } else if (c == ',') {
                bounds.cells(++cells);
                record.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                bounds.cells(++cells);
                bounds.rows(records.size() + 1);
                record.add(cell.toString());
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                cell.setLength(0);
                atCellStart = true;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                atCellStart = false;
            }
        }
        if (quoted) {
            throw new SheetUnreadable(recordLine, "row " + recordLine + " opens a quoted cell that is never closed");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            bounds.cells(++cells);
            bounds.rows(records.size() + 1);
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
        return table(records, lines);
    }

    public static SheetTable xlsx(byte[] content, SheetBounds bounds) {
        return XlsxRows.read(content, bounds);
    }

    static SheetTable table(List<List<String>> records, List<Integer> lines) {
        List<String> header = null;
        int headerLine = 0;
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank) || record.get(0).strip().startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = record.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                headerLine = lines.get(r);
                continue;
            }
            if (record.size() > header.size() && record.subList(header.size(), record.size()).stream().anyMatch(s -> !s.isBlank())) {
                throw new SheetUnreadable(lines.get(r), "row " + lines.get(r) + " has " + record.size()
                        + " cells but the header (row " + headerLine + ") names " + header.size() + " columns");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < record.size() ? record.get(c) : "");
            }
            rows.add(new SheetRow(lines.get(r), cells));
        }
        if (header == null) {
            throw new SheetUnreadable(0, "the file is empty: its first row must name the columns");
        }
        return new SheetTable(headerLine, header, rows);
    }
}
