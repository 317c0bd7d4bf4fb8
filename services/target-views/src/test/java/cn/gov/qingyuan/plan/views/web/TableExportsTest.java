package cn.gov.qingyuan.plan.views.web;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A view's XLSX defuses the same text as its CSV, by the same rule; its numbers stay numeric cells, negative ones too. */
class TableExportsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static final ViewTable TABLE = new ViewTable("city-2016", List.of("note", "actual", "a", "b", "c", "d", "e"),
            List.of(Arrays.asList(FORMULA, new BigDecimal("-3.5"), "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"),
                    Arrays.asList("清远", -7L, null, "a-b", "x=1", "", "plain")));

    @Test
    void theRuleDefusesTextThatASpreadsheetWouldRun() {
        for (String text : List.of("=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetText.defused(text)).as(text).isEqualTo("'" + text);
        }
        for (String text : List.of("", "plain", "a-b", "清远", "'=already")) {
            assertThat(SpreadsheetText.defused(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void xlsxCellsThatWouldRunAreDefusedAndNumbersStayNumbers() throws Exception {
        byte[] body = TableExports.xlsx(TABLE).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(first.getCell(1).getCellType()).as("a negative figure is a number, not text").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-3.5);
            for (int c = 2; c <= 6; c++) {
                assertThat(first.getCell(c).getStringCellValue()).as("column " + c).startsWith("'");
            }
            Row second = workbook.getSheetAt(0).getRow(2);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-7);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("a-b");
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("x=1");
        }
    }

    @Test
    void csvDefusesTheSameCells() {
        String csv = new String(TableExports.csv(TABLE).getBody(), StandardCharsets.UTF_8);
        String first = csv.split("\r\n")[1];
        assertThat(first).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-3.5,'+1,'-2+3,'@SUM(A1),'\tx,");
    }
}
