package cn.gov.qingyuan.plan.contracts.targets;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/indicators.md describes every indicator the platform ships, with the service that owns it. */
class IndicatorDocumentationTest {

    @Test
    void everyIndicatorIsDocumentedWithItsOwner() throws IOException {
        String doc = Files.readString(Path.of("..", "..", "docs", "indicators.md"));
        Indicators indicators = Indicators.shipped();
        assertThat(indicators.all()).hasSizeGreaterThan(40);
        for (Indicator indicator : indicators.all()) {
            String code = indicator.code().value();
            assertThat(doc).as(code).containsPattern("\\| `" + java.util.regex.Pattern.quote(code) + "` [^\\n]*\\| "
                    + java.util.regex.Pattern.quote(indicator.owner()) + " \\|");
        }
    }
}
