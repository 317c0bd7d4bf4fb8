package cn.gov.qingyuan.plan.targets.sheet;

/** The file as a whole cannot be read as a sheet of rows (not CSV or XLSX, no header, unbalanced quotes ...). */
public class SheetUnreadable extends RuntimeException {

    private final int row;

    SheetUnreadable(int row, String message) {
        super(message);
        this.row = row;
    }

    SheetUnreadable(String message, Throwable cause) {
        super(message, cause);
        this.row = 0;
    }

    /** The row where reading failed, 0 when it concerns the whole file. */
    public int row() {
        return row;
    }
}
