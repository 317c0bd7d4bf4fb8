package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.views.history.AuditJournal;
import cn.gov.qingyuan.plan.views.web.CsvCell;
import cn.gov.qingyuan.plan.views.web.SpreadsheetText;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bson.conversions.Bson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The trail's selection as a file, written while it is read from the journal (never built in memory): CSV (UTF-8 with
 * a byte-order mark, cells as {@link CsvCell} writes them), XLSX (streamed rows, text defused as {@link SpreadsheetText}
 * says) or JSON Lines.
 */
final class TrailExports {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType JSONL = MediaType.parseMediaType("application/jsonl");
    /** Rows an XLSX export keeps in memory before they are flushed to its temporary file. */
    private static final int XLSX_WINDOW = 200;

    private TrailExports() {
    }

    static ResponseEntity<StreamingResponseBody> export(String format, AuditJournal journal, Bson filter, ObjectMapper json) {
        return switch (format) {
            case "csv" -> file(CSV, "audit-trail.csv", out -> csv(out, journal, filter, json));
            case "xlsx" -> file(XLSX, "audit-trail.xlsx", out -> xlsx(out, journal, filter, json));
            case "jsonl" -> file(JSONL, "audit-trail.jsonl", out -> jsonl(out, journal, filter, json));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static void csv(OutputStream out, AuditJournal journal, Bson filter, ObjectMapper json) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, TrailEntry.COLUMNS);
        journal.each(filter, entry -> line(writer, TrailEntry.of(entry, json).cells()));
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(CsvCell.of(cells.get(i)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xlsx(OutputStream out, AuditJournal journal, Bson filter, ObjectMapper json) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            Sheet sheet = workbook.createSheet("audit trail");
            row(sheet, 0, TrailEntry.COLUMNS);
            int[] next = {1};
            journal.each(filter, entry -> row(sheet, next[0]++, TrailEntry.of(entry, json).cells()));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(SpreadsheetText.defused(cells.get(i)));
            }
        }
    }

    private static void jsonl(OutputStream out, AuditJournal journal, Bson filter, ObjectMapper json) {
        journal.each(filter, entry -> {
            try {
                out.write(json.writeValueAsBytes(TrailEntry.of(entry, json)));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ResponseEntity<StreamingResponseBody> file(MediaType type, String name, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
