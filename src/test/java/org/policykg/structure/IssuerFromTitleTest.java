package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.read.Overrides;

/** A notice printed without mark or signature names its issuer in its own title (X关于…的通知). */
class IssuerFromTitleTest {

    private final StructureParser parser = new StructureParser();
    private final MetadataExtractor metadata = new MetadataExtractor(Samples.jurisdictions());

    private DocumentMetadata read(String... lines) {
        return metadata.extract(parser.parse(String.join("\n", lines)), Overrides.none());
    }

    @Test
    void shouldTakeTheIssuerFromANoticesOwnTitle() {
        assertThat(read("某某省统计局关于加强数据报送工作的通知", "", "各市统计局：", "", "一、按时报送", "", "各市要按月报送。").issuer())
                .isEqualTo("某某省统计局");
    }

    @Test
    void shouldNotTakeAPlaceBeforeGuanYuForTheIssuer() {
        assertThat(read("某某省关于加强数据报送工作的实施意见", "", "一、按时报送", "", "各市要按月报送。").issuer()).isNull();
    }
}
