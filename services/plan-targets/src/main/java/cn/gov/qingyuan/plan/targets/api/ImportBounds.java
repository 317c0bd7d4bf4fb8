package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.targets.sheet.SheetBounds;
import cn.gov.qingyuan.plan.targets.sheet.Sheets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How much of an uploaded target sheet is read ({@code plan.imports.*}), besides the body's own bound
 * ({@code plan.http.max-body-bytes}, 2 MiB): a target sheet of the plan is a few hundred rows of twenty cells.
 */
@Configuration
@EnableConfigurationProperties(ImportBounds.Properties.class)
class ImportBounds {

    /**
     * @param maxRows         rows of a sheet, blank and comment rows included
     * @param maxCells        cells of a sheet
     * @param minInflateRatio the least compressed size of a zip entry, as a share of its inflated size (0.01: it may
     *                        expand 100 times; a spreadsheet's XML expands 5 to 20 times)
     * @param maxEntryBytes   the most one zip entry of a workbook may inflate to
     * @param maxTextChars    the most characters of text a sheet's cells may hold
     */
    @ConfigurationProperties("plan.imports")
    record Properties(@DefaultValue("10000") int maxRows, @DefaultValue("200000") long maxCells,
                      @DefaultValue("0.01") double minInflateRatio, @DefaultValue("16777216") long maxEntryBytes,
                      @DefaultValue("4194304") long maxTextChars) {
    }

    /** The bounds each import reads within; POI's zip bounds are static, so they are set here, once, for the JVM. */
    @Bean
    SheetBounds sheetBounds(Properties properties) {
        Sheets.boundZipEntries(properties.minInflateRatio(), properties.maxEntryBytes(), properties.maxTextChars());
        return new SheetBounds(properties.maxRows(), properties.maxCells());
    }
}
