package cn.gov.qingyuan.plan.views.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every export's cells: numbers stay numbers (a negative growth rate too), text that a spreadsheet would run does not. */
class CsvCellTest {

    @Test
    void numbersArePlainAndTextThatLooksLikeAFormulaIsDefused() {
        assertThat(CsvCell.of(new BigDecimal("-3.50"))).isEqualTo("-3.50");
        assertThat(CsvCell.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvCell.of(-7L)).isEqualTo("-7");
        assertThat(CsvCell.of("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCell.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.of("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvCell.of("清远, 2016")).isEqualTo("\"清远, 2016\"");
        assertThat(CsvCell.of(null)).isEmpty();
    }
}
