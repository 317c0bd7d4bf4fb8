package cn.gov.qingyuan.plan.views.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A view table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese names) or XLSX: numbers as
 * numeric cells, text defused as {@link SpreadsheetText} says in both.
 */
final class TableExports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExports() {
    }

    static ResponseEntity<byte[]> csv(ViewTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.header());
        table.rows().forEach(row -> line(out, row));
        return file(out.toString().getBytes(StandardCharsets.UTF_8), CSV, table.file() + ".csv");
    }

    static ResponseEntity<byte[]> xlsx(ViewTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(SpreadsheetText.defused(table.header().get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(SpreadsheetText.defused(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return file(bytes.toByteArray(), XLSX, table.file() + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCell.of(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
