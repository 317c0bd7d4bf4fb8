package cn.gov.qingyuan.plan.targets.sheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SheetsTest {

    /** The service's defaults ({@code ImportBounds}). */
    static final SheetBounds BOUNDS = new SheetBounds(10_000, 200_000);

    @BeforeAll
    static void boundZipEntries() {
        Sheets.boundZipEntries(0.01, 16L << 20, 4L << 20);
    }

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
        assertThat(Sheets.read(gbk, BOUNDS).rows().get(0).cell("note")).isEqualTo("经信局分解");
        assertThat(Sheets.read("kind,note\nallocation,经信局分解\n".getBytes(StandardCharsets.UTF_8), BOUNDS).rows().get(0).cell("note"))
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
        SheetTable table = Sheets.read(xlsx, BOUNDS);
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cell("value")).isEqualTo("39.6");
            assertThat(r.cell("issued_on")).isEqualTo("2016-03-31");
        });
        assertThat(Sheets.read("kind\ncity\n".getBytes(StandardCharsets.UTF_8), BOUNDS).rows()).hasSize(1);
        assertThatThrownBy(() -> Sheets.xlsx(new byte[]{'P', 'K', 3, 4, 0}, BOUNDS)).isInstanceOf(SheetUnreadable.class);
    }

    @Test
    void aFormulaABooleanASharedAndAnInlineStringAndGapsBetweenCellsReadAsTheyShow() {
        byte[] xlsx = HandMadeXlsx.workbook(rows -> rows.append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>note</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>flag</t></is></c></row><row r=\"3\"><c r=\"A3\" t=\"str\"><f>\"ci\"&amp;\"ty\"</f><v>city</v></c>"
                + "<c r=\"B3\"><f>1+0.5</f><v>1.5</v></c><c r=\"D3\" t=\"b\"><v>1</v></c></row>"), strings -> strings.append("<si><t>kind</t></si>"));
        SheetTable table = Sheets.read(xlsx, BOUNDS);
        assertThat(table.columns()).containsExactly("kind", "note", "", "flag");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactly(entry("kind", "city"), entry("note", "1.5"), entry("", ""), entry("flag", "true"));
        });
    }

    @Test
    void aSheetWithMoreRowsOrCellsThanTheBoundsIsRefusedAsItIsRead() {
        byte[] rows = HandMadeXlsx.workbook(xml -> {
            for (int r = 1; r <= 10_001; r++) {
                xml.append("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        }, null);
        assertThatThrownBy(() -> Sheets.read(rows, BOUNDS)).isInstanceOfSatisfying(SheetOverBound.class, e -> assertThat(e.tooLarge()).isFalse())
                .hasMessage("the sheet has more than 10000 rows, the most an import reads");
        java.util.Random random = new java.util.Random(3);
        byte[] cells = HandMadeXlsx.workbook(xml -> {
            xml.append("<row r=\"1\">");
            for (int c = 0; c < 16_000; c++) {
                xml.append("<c><v>" + random.nextInt(100) + "</v></c>");
            }
            xml.append("</row><row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>");
        }, null);
        assertThatThrownBy(() -> Sheets.read(cells, new SheetBounds(10_000, 20_000))).isInstanceOf(SheetOverBound.class)
                .hasMessage("the sheet has more than 20000 cells, the most an import reads");
        assertThatThrownBy(() -> Sheets.read("kind\na\nb\nc".getBytes(StandardCharsets.UTF_8), new SheetBounds(3, 100)))
                .isInstanceOf(SheetOverBound.class).hasMessageContaining("more than 3 rows");
        assertThatThrownBy(() -> Sheets.read("kind,a,b\n1,2,3".getBytes(StandardCharsets.UTF_8), new SheetBounds(100, 5)))
                .isInstanceOf(SheetOverBound.class).hasMessageContaining("more than 5 cells");
    }

    @Test
    void aZipBombIsRefusedByItsInflationRatioAndAPartBeyondTheEntrySizeAsTooLarge() {
        byte[] bomb = HandMadeXlsx.zipBomb();
        assertThat(bomb.length).as("a few hundred KiB").isLessThan(1 << 20);
        assertThatThrownBy(() -> Sheets.read(bomb, BOUNDS)).isInstanceOfSatisfying(SheetOverBound.class, e -> assertThat(e.tooLarge()).isFalse())
                .hasMessageContaining("expands more than 100 times its compressed size");
        byte[] large = HandMadeXlsx.largeSharedStrings();
        assertThat(large.length).as("within the 2 MiB body").isLessThan(2 << 20);
        assertThatThrownBy(() -> Sheets.read(large, BOUNDS)).isInstanceOfSatisfying(SheetOverBound.class, e -> assertThat(e.tooLarge()).isTrue())
                .hasMessageContaining("expands beyond 16777216 bytes");
    }
}
