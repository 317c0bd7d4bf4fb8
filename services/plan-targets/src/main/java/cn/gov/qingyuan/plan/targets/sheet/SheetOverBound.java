package cn.gov.qingyuan.plan.targets.sheet;

/**
 * The file goes beyond a bound of what an import reads: nothing of it is read further.
 *
 * @see SheetBounds
 * @see Sheets#boundZipEntries
 */
public class SheetOverBound extends SheetUnreadable {

    private final boolean tooLarge;

    private SheetOverBound(boolean tooLarge, String message) {
        super(0, message);
        this.tooLarge = tooLarge;
    }

    /** Too much of it: too many rows or cells, or compressed beyond the inflation ratio a spreadsheet has. */
    static SheetOverBound tooMuch(String message) {
        return new SheetOverBound(false, message);
    }

    /** Too large: a part of the workbook, or its text, expands beyond the size an import reads. */
    static SheetOverBound tooLarge(String message) {
        return new SheetOverBound(true, message);
    }

    /** Whether the file is refused for its size (413) rather than for what it holds (400). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
