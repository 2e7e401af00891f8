package org.policykg.web.reader;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.policykg.web.SignedIn.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykg.web.documents.DocumentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice: the reader prints text, outline and facts escaped, with a trace link per clause; corrected and replaced
 * facts marked, orphaned corrections listed, the correction form for an admin only; a stub shows as cited.
 */
@WebMvcTest(ReaderPage.class)
class ReaderPageTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/x";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DocumentReading reading;

    @MockitoBean
    CitedStub stubs;

    @MockitoBean
    ReaderEdits edits;


    private void givenTheDocument() {
        List<Piece> pieces = Highlights.lay("一、市工信局负责。", List.of(
                        new Fact("owner", 2, 6, "市工信局", "某市发展和改革局", 0.9, "responsible", null, false, null, true),
                        new Fact("owner", 0, 0, "某市工业和信息化局", "某市工业和信息化局", 1.0, "lead", null, false,
                                "原抽取值“某市发展和改革局”（admin，2026-12-06：核对）", false)),
                List.of(new Highlights.Start(0, new Piece.Anchor("a1", "一", DOC + "/a1", true))), f -> null);
        DocumentSummary doc = new DocumentSummary(DOC, "某市方案", "", "city", "某市", "2023", "", 1, "x.txt", "");
        given(stubs.find("某市")).willReturn(Optional.empty());
        given(reading.read("某市")).willReturn(new ReaderView(doc, List.of(), pieces, List.of()));
        List<ReaderEdits.Made> orphaned = List.of(new ReaderEdits.Made("c1", "deadline", "完成时限", "二/（一）", "2021-04-30",
                "2021-05-31", "admin", "2026-12-06", "", "orphaned"));
        given(edits.of(DOC, true)).willReturn(new ReaderEdits.View("{\"doc\":\"x\",\"places\":[]}", Set.of("一"), orphaned, false));
        given(edits.of(DOC, false)).willReturn(new ReaderEdits.View("{\"doc\":\"x\",\"places\":[]}", Set.of(), orphaned, false));
    }

    @Test
    void shouldPrintTheTextWithItsHighlightsEscaped() throws Exception {
        String text = "一、<b>市工信局</b>负责。";
        List<Piece> pieces = Highlights.lay(text,
                List.of(new Fact("owner", 2, 14, "<b>市工信局</b>", "某市<工业>和信息化局", 0.855, "responsible", null, false, null, false)),
                List.of(new Highlights.Start(0, new Piece.Anchor("a1", "一", DOC + "/a1", true))), f -> null);
        DocumentSummary doc = new DocumentSummary(DOC, "某市<2023>年工作方案", "", "city", "某市", "2023", "", 1, "x.txt", "");
        given(stubs.find("某市")).willReturn(Optional.empty());
        given(reading.read("某市")).willReturn(new ReaderView(doc,
                List.of(new Outline.Entry("一 <总体>", "a1", List.of())), pieces, List.of(new ReaderView.LegendEntry("owner", "责任单位", 1))));
        given(edits.of(DOC, false)).willReturn(new ReaderEdits.View("{}", Set.of(), List.of(), false));

        mvc.perform(get("/document").param("doc", "某市"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某市&lt;2023&gt;年工作方案")))
                .andExpect(content().string(containsString("<a href=\"#a1\">一 &lt;总体&gt;</a>")))
                .andExpect(content().string(containsString("<span class=\"anchor\" id=\"a1\"></span><a class=\"trace-link\" href=\"/trace?clause="
                        + DOC + "/a1\"")))
                .andExpect(content().string(containsString("<mark class=\"fact owner\" tabindex=\"0\" aria-describedby=\"fact-1\">&lt;b&gt;市工信局&lt;/b&gt;")))
                .andExpect(content().string(containsString("责任单位（负责）：某市&lt;工业&gt;和信息化局 · 原文“&lt;b&gt;市工信局&lt;/b&gt;” · 置信度 0.86")))
                .andExpect(content().string(not(containsString("<b>"))));
    }

    @Test
    void shouldOfferTheCorrectionFormOnEachClauseWithAPlaceToASignedInAdmin() throws Exception {
        givenTheDocument();

        mvc.perform(get("/document").param("doc", "某市").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<button type=\"button\" class=\"edit-point\" data-path=\"一\" aria-label=\"校正 一\">✎</button>")))
                .andExpect(content().string(containsString("<dialog id=\"correct-dialog\"")))
                .andExpect(content().string(containsString("<input id=\"correct-by\" value=\"admin\" required>")))
                .andExpect(content().string(containsString("<script src=\"/corrections.js\" defer></script>")))
                .andExpect(content().string(containsString("data-undo=\"c1\"")));
    }

    @Test
    void shouldMarkCorrectedAndReplacedFactsAndListOrphanedCorrectionsWithoutAForm() throws Exception {
        givenTheDocument();

        mvc.perform(get("/document").param("doc", "某市"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"fact owner corrected\" tabindex=\"0\" aria-describedby=\"fact-1\">"
                        + "<span class=\"badge\">责任单位（牵头）：某市工业和信息化局</span>")))
                .andExpect(content().string(containsString("责任单位（牵头）：某市工业和信息化局 · 人工校正，原抽取值“某市发展和改革局”（admin，2026-12-06：核对）")))
                .andExpect(content().string(containsString("<mark class=\"fact owner replaced\"")))
                .andExpect(content().string(containsString("已被人工校正取代")))
                .andExpect(content().string(containsString("无法定位的校正")))
                .andExpect(content().string(containsString("完成时限：2021-04-30 → 2021-05-31")))
                .andExpect(content().string(not(containsString("edit-point"))))
                .andExpect(content().string(not(containsString("correct-dialog"))))
                .andExpect(content().string(not(containsString("data-undo"))));
    }

    @Test
    void shouldShowACitedDocumentThatIsNotStoredWithTheClausesCitingIt() throws Exception {
        String stub = "https://w3id.org/policykg/id/cited/abc";
        given(stubs.find(stub)).willReturn(Optional.of(new CitedStub.View(stub, "某部〔2020〕1号", "关于某事的通知",
                List.of(new CitedStub.Citing("implements", DOC, "某市方案", "¶1", "p1")))));

        mvc.perform(get("/document").param("doc", stub))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于某事的通知")))
                .andExpect(content().string(containsString("未收录")))
                .andExpect(content().string(containsString("#p1\">¶1</a>")))
                .andExpect(content().string(containsString("贯彻落实")));
    }
}
