package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    private static final String BODY = "<p>为贯彻落实有关要求，依法依规推动落后产能关停退出，结合本地实际，制定本方案。</p>"
            + "<p>一、工作目标</p><p>以钢铁、水泥、平板玻璃等行业为重点，促使一批能耗、环保、安全、技术达不到标准的产能依法依规关停退出。</p>"
            + "<p>二、工作要求</p><p>各县（区）要健全组织协调机制，落实相关任务和责任，积极稳妥推进淘汰落后产能工作。</p>";

    @TempDir
    Path dir;

    @Test
    void shouldSniffGbkWhenThePageDeclaresNoCharset() throws IOException {
        Path file = Files.write(dir.resolve("page.htm"),
                ("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div>" + BODY + "</div></body></html>")
                        .getBytes(Charset.forName("GBK")));

        SourceDocument doc = new DocumentReader().read(file);

        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(doc.text()).startsWith("为贯彻落实有关要求").contains("\n一、工作目标\n").doesNotContain("首页");
    }

    @Test
    void shouldPutTheArticleTitleFirstWhenTheArticleLacksIt() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><head><meta charset=\"utf-8\">"
                + "<meta name=\"ArticleTitle\" content=\"某市2024年推动落后产能退出工作方案\"></head><body>"
                + "<h1 class=\"header\">某市2024年推动落后产能退出工作方案</h1><div id=\"zoom\">" + BODY + "</div></body></html>");

        assertThat(new DocumentReader().read(file).text()).startsWith("某市2024年推动落后产能退出工作方案\n为贯彻落实");
    }

    @Test
    void shouldLayOutRowspanAsAnEmptyCellInTheRowsItSpans() throws IOException {
        Path file = Files.writeString(dir.resolve("table.txt"), "<!DOCTYPE html><html><body><div>" + BODY
                + "<table><tr><td>序号</td><td>主要任务</td><td>负责单位</td></tr>"
                + "<tr><td rowspan=\"2\">1</td><td>关停退出落后产能</td><td>市工业和信息化局</td></tr>"
                + "<tr><td>做好职工安置</td><td colspan=\"1\">市人力资源社会保障局</td></tr></table></div></body></html>");

        SourceDocument doc = new DocumentReader().read(file);

        assertThat(doc.format()).isEqualTo(Format.HTML);
        assertThat(doc.text()).contains("\t1\n\t关停退出落后产能\n\t市工业和信息化局\n\n\t\n\t做好职工安置\n\t市人力资源社会保障局\n\n");
    }

    @Test
    void shouldTakeTheCellHoldingTheArticleWhenAnOldSiteIsLaidOutWithTables() throws IOException {
        Path file = Files.writeString(dir.resolve("old.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<table><tr><td><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a></td></tr>"
                + "<tr><td width=\"200\"><a href=\"/1\">通知公告</a><br><a href=\"/2\">政策解读</a></td><td>" + BODY + "</td></tr>"
                + "<tr><td>版权所有：某市人民政府</td></tr></table></body></html>");

        SourceDocument doc = new DocumentReader().read(file);

        assertThat(doc.text()).startsWith("为贯彻落实有关要求").doesNotContain("\t", "首页", "版权所有");
    }
}
