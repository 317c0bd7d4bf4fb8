package cn.gov.qingyuan.plan.targets.sheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events rather than loaded whole: what is kept is the
 * rows' text, and reading stops at the first row or cell beyond the {@link SheetBounds} or text beyond POI's text size.
 * The workbook is opened from a file, so POI's {@link ZipSecureFile} checks every part's inflation ratio and size as it
 * is inflated.
 */
final class XlsxRows extends DefaultHandler {

    private final SheetBounds bounds;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final long maxText;
    private final List<List<String>> records = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private List<String> record;
    private int rowNumber;
    private long cells;
    private long text;
    private int column;
    private String cellType;
    private int cellStyle;
    private boolean inValue;

    private XlsxRows(SheetBounds bounds, ReadOnlySharedStringsTable strings, StylesTable styles) {
        this.bounds = bounds;
        this.strings = strings;
        this.styles = styles;
        this.maxText = ZipSecureFile.getMaxTextSize();
    }

    /** The first sheet's rows and their spreadsheet row numbers. */
    static SheetTable read(byte[] content, SheetBounds bounds) {
        Path file = null;
        try {
            file = Files.createTempFile("import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new SheetUnreadable(0, "the workbook has no sheet");
                }
                XlsxRows rows = new XlsxRows(bounds, new ReadOnlySharedStringsTable(workbook, false), reader.getStylesTable());
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(rows);
                    parser.parse(new InputSource(sheet));
                }
                return Sheets.table(rows.records, rows.lines);
            }
        } catch (SheetUnreadable e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw overBound(e);
        } finally {
            delete(file);
        }
    }

    /** POI's zip checks throw an IOException, however deep, whose message says which bound the part went beyond. */
    private static SheetUnreadable overBound(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SheetUnreadable unreadable) {
                return unreadable;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("exceed the max size of the expanded data")) {
                return SheetOverBound.tooLarge("a part of the workbook expands beyond " + ZipSecureFile.getMaxEntrySize()
                        + " bytes, the most an import reads");
            }
            if (message.contains("exceed the max. ratio")) {
                return SheetOverBound.tooMuch("a part of the workbook expands more than " + Math.round(1 / ZipSecureFile.getMinInflateRatio())
                        + " times its compressed size (a zip bomb, not a spreadsheet)");
            }
        }
        return new SheetUnreadable("the file is not a readable XLSX workbook: " + e.getMessage(), e);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                bounds.rows(records.size() + 1);
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                record = new ArrayList<>();
                records.add(record);
                lines.add(rowNumber);
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? record.size() : new CellReference(reference).getCol();
                cellType = attributes.getValue("t");
                String style = attributes.getValue("s");
                cellStyle = style == null ? -1 : Integer.parseInt(style);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> cell(text(value.toString()));
            default -> {
            }
        }
    }

    private void cell(String content) {
        if (column < record.size()) {
            return;
        }
        cells += column + 1 - record.size();
        bounds.cells(cells);
        text += content.length();
        if (text > maxText) {
            throw SheetOverBound.tooLarge("the sheet holds more than " + maxText + " characters of text, the most an import reads");
        }
        while (record.size() < column) {
            record.add("");
        }
        record.add(content);
    }

    /** A cell as the person typed it: numbers without binary noise, dates as YYYY-MM-DD, formulas by their result. */
    private String text(String raw) {
        if (cellType == null || cellType.equals("n")) {
            return raw.isEmpty() ? "" : number(raw);
        }
        return switch (cellType) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> Boolean.toString(raw.strip().equals("1"));
            case "str", "inlineStr" -> raw;
            default -> "";
        };
    }

    private String number(String raw) {
        double number = Double.parseDouble(raw);
        XSSFCellStyle style = cellStyle < 0 || styles == null ? null : styles.getStyleAt(cellStyle);
        if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString()) && DateUtil.isValidExcelDate(number)) {
            return DateUtil.getLocalDateTime(number).toLocalDate().toString();
        }
        return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
    }

    private static void delete(Path file) {
        if (file != null) {
            File temp = file.toFile();
            if (!temp.delete()) {
                temp.deleteOnExit();
            }
        }
    }
}
