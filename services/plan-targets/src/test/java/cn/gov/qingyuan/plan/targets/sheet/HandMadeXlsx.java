package cn.gov.qingyuan.plan.targets.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX workbook zipped here part by part with {@code java.util.zip}, so a test can make its sheet (or its shared
 * strings) as large as it likes without building it in memory first: the parts a reader needs and the XML it is given.
 */
public final class HandMadeXlsx {

    /** Writes the XML of a part to the zip as it is deflated. */
    public interface Part {
        void write(Appendable xml) throws IOException;
    }

    private HandMadeXlsx() {
    }

    /** A workbook of one sheet whose {@code <sheetData>} content {@code rows} writes, and shared strings if given. */
    public static byte[] workbook(Part rows, Part sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            String strings = sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
            part(zip, "[Content_Types].xml", xml -> xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/"
                    + "workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "worksheet+xml\"/>" + strings + "</Types>"));
            part(zip, "_rels/.rels", xml -> xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            part(zip, "xl/workbook.xml", xml -> xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"targets\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            String stringsRelation = sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
            part(zip, "xl/_rels/workbook.xml.rels", xml -> xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + stringsRelation
                    + "</Relationships>"));
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", xml -> {
                    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    sharedStrings.write(xml);
                    xml.append("</sst>");
                });
            }
            part(zip, "xl/worksheets/sheet1.xml", xml -> {
                xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                        + "2006/main\"><sheetData>");
                rows.write(xml);
                xml.append("</sheetData></worksheet>");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet of 200 MB of the same cell, deflated to a few hundred KiB. */
    public static byte[] zipBomb() {
        return workbook(xml -> {
            String row = "<row>" + "<c><v>1</v></c>".repeat(1_000) + "</row>";
            for (long written = 0; written < 200_000_000L; written += row.length()) {
                xml.append(row);
            }
        }, null);
    }

    /** Shared strings of 17 MiB of two-digit numbers: they deflate about 10 times, so the file stays under 2 MiB. */
    public static byte[] largeSharedStrings() {
        Random random = new java.util.Random(7);
        return workbook(xml -> xml.append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), xml -> {
            for (long written = 0; written < 17L << 20; written += 16) {
                xml.append("<si><t>" + (10 + random.nextInt(90)) + "</t></si>");
            }
        });
    }

    private static void part(ZipOutputStream zip, String name, Part content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Appendable xml = new Utf8(zip);
        content.write(xml);
        ((Utf8) xml).flush();
        zip.closeEntry();
    }

    /** UTF-8 onto the zip in chunks: the parts are never held whole. */
    private static final class Utf8 implements Appendable {
        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder();

        Utf8(OutputStream out) {
            this.out = out;
        }

        @Override
        public Appendable append(CharSequence text) throws IOException {
            pending.append(text);
            if (pending.length() > 1 << 16) {
                flush();
            }
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) throws IOException {
            return append(text.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) throws IOException {
            return append(String.valueOf(c));
        }

        void flush() throws IOException {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
    }
}
