package cn.gov.qingyuan.plan.targets.sheet;

/**
 * How much of an uploaded sheet is read before it is refused: rows (every row the file holds, blank and comment rows
 * too) and cells (a row counts up to its last cell, the blank ones before it included).
 */
public record SheetBounds(int maxRows, long maxCells) {

    /** No bound: for the plan's own seed file, which is no upload. */
    public static final SheetBounds NONE = new SheetBounds(Integer.MAX_VALUE, Long.MAX_VALUE);

    public SheetBounds {
        if (maxRows < 1 || maxCells < 1) {
            throw new IllegalArgumentException("a sheet's bounds must be positive, were " + maxRows + " rows and " + maxCells + " cells");
        }
    }

    /** Refuses the file once it has more rows than the bound, before the next one is kept. */
    void rows(int read) {
        if (read > maxRows) {
            throw SheetOverBound.tooMuch("the sheet has more than " + maxRows + " rows, the most an import reads");
        }
    }

    void cells(long read) {
        if (read > maxCells) {
            throw SheetOverBound.tooMuch("the sheet has more than " + maxCells + " cells, the most an import reads");
        }
    }
}
