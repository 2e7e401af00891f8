package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.gazetteer.Level;
import org.policykg.read.Overrides;

/** A document whose title and issuer mark name no place is placed by its signature, else by its number's province. */
class JurisdictionFallbackTest {

    private final StructureParser parser = new StructureParser();
    private final MetadataExtractor metadata = new MetadataExtractor(Samples.jurisdictions());

    private DocumentMetadata read(String... lines) {
        return metadata.extract(parser.parse(String.join("\n", lines)), Overrides.none());
    }

    @Test
    void shouldPlaceADocumentByTheProvinceItsNumberOpensWith() {
        DocumentMetadata m = read(
                "苏工信产业〔2023〕12号",
                "",
                "关于印发2023年推动落后产能退出工作方案的通知",
                "",
                "各设区市工业和信息化局：",
                "",
                "现将《2023年推动落后产能退出工作方案》印发给你们，请认真组织实施。",
                "",
                "一、工作目标",
                "依法依规推动落后产能退出。");

        assertThat(m.jurisdiction()).isNotNull();
        assertThat(m.jurisdiction().name()).isEqualTo("江苏省");
        assertThat(m.level()).isEqualTo(Level.PROVINCE);
    }

    @Test
    void shouldPlaceADocumentByItsSignatureWhenTheTitleNamesNoPlace() {
        DocumentMetadata m = read(
                "2023年推动落后产能退出工作计划",
                "",
                "一、工作目标",
                "依法依规推动落后产能退出。",
                "",
                "绍兴市上虞区经济和信息化局",
                "2023年3月20日");

        assertThat(m.jurisdiction()).isNotNull();
        assertThat(m.jurisdiction().name()).isEqualTo("上虞区");
        assertThat(m.level()).isEqualTo(Level.COUNTY);
    }

    @Test
    void shouldPlaceADocumentByAnEarlyNoticeTitleWhenADatabaseHeaderHidesTheTitle() {
        DocumentMetadata m = read(
                "    【数据库引证码】 ABC.12.345",
                "原文链接：https://example.org/doc/1.html",
                "洛阳市人民政府办公室关于印发洛阳市数字乡村建设方案的通知",
                "各县区人民政府，市直有关部门：",
                "现将《洛阳市数字乡村建设方案》印发给你们，请认真贯彻执行。",
                "一、工作目标",
                "到2025年建成数字乡村示范县。");

        assertThat(m.jurisdiction()).isNotNull();
        assertThat(m.jurisdiction().name()).isEqualTo("洛阳市");
        assertThat(m.level()).isEqualTo(Level.CITY);
    }
}
