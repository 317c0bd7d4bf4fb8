package cn.gov.qingyuan.plan.targets.sheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetsTest {

    @Test
    void csvCellsMayBeQuotedAndRowsKeepTheirLineNumbers() {
        SheetTable table = Sheets.csv("\uFEFF# a comment\r\nKind,Indicator,Source\r\ncity,a,\"Plan 2.4, \"\"quoted\"\"\nsecond line\"\n\ncity,b,plain\n");
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.columns()).containsExactly("kind", "indicator", "source");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(3);
        assertThat(table.rows().get(0).cell("source")).isEqualTo("Plan 2.4, \"quoted\"\nsecond line");
        assertThat(table.rows().get(1).number()).isEqualTo(6);
        assertThat(table.rows().get(1).cell("missing")).isEmpty();
    }

    @Test
    void csvSavedByChineseExcelInGb18030IsReadToo() {
        byte[] gbk = "kind,note\nallocation,经信局分解\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(Sheets.read(gbk).rows().get(0).cell("note")).isEqualTo("经信局分解");
        assertThat(Sheets.read("kind,note\nallocation,经信局分解\n".getBytes(StandardCharsets.UTF_8)).rows().get(0).cell("note"))
                .isEqualTo("经信局分解");
    }

    @Test
    void brokenCsvIsUnreadable() {
        assertThatThrownBy(() -> Sheets.csv("kind,indicator\ncity,\"open")).isInstanceOf(SheetUnreadable.class).hasMessageContaining("row 2");
        assertThatThrownBy(() -> Sheets.csv("kind\ncity,extra")).isInstanceOf(SheetUnreadable.class).hasMessageContaining("names 1 columns");
        assertThatThrownBy(() -> Sheets.csv("  \n# only comments\n")).isInstanceOf(SheetUnreadable.class).hasMessageContaining("empty");
    }

    @Test
    void xlsxCellsReadAsTypedNumbersDatesAndText() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("targets");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("kind");
            header.createCell(1).setCellValue("value");
            header.createCell(2).setCellValue("issued_on");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("city");
            row.createCell(1).setCellValue(39.6);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(LocalDate.of(2016, 3, 31));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(Sheets.isXlsx(xlsx)).isTrue();
        SheetTable table = Sheets.read(xlsx);
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cell("value")).isEqualTo("39.6");
            assertThat(r.cell("issued_on")).isEqualTo("2016-03-31");
        });
        assertThat(Sheets.read("kind\ncity\n".getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
        assertThatThrownBy(() -> Sheets.xlsx(new byte[]{'P', 'K', 3, 4, 0})).isInstanceOf(SheetUnreadable.class);
    }
}
