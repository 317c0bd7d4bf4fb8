package cn.gov.qingyuan.plan.views.web;

import java.util.List;

/** A view flattened to a sheet for export: a name (the file and sheet name), a header row and the rows. */
record ViewTable(String name, List<String> header, List<List<Object>> rows) {
}
