package cn.gov.qingyuan.plan.views.web;

import java.time.Instant;
import java.util.List;

/**
 * A view flattened to a sheet for export: a name (the sheet's name), a header row and the rows.
 *
 * @param file the file's name without its extension: the view's name, and for a past view the moment it shows
 */
record ViewTable(String name, String file, List<String> header, List<List<Object>> rows) {

    ViewTable(String name, List<String> header, List<List<Object>> rows) {
        this(name, name, header, rows);
    }

    /** The same table in a file named for the moment it shows ({@code city-2015-2017-as-of-20160709T160000Z}). */
    ViewTable asOf(Instant moment) {
        return new ViewTable(name, name + "-as-of-" + moment.toString().replace("-", "").replace(":", ""), header, rows);
    }
}
