package org.policykg.web.corrections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.policykg.web.SignedIn.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionService;
import org.policykg.correct.Field;
import org.policykg.web.documents.DocumentListing;
import org.policykg.web.documents.DocumentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: every correction with its status, who, when and note, the orphaned first; undo offered to an admin only. */
@WebMvcTest(CorrectionsPage.class)
@TestPropertySource(properties = "policykg.admin.password=x")
class CorrectionsPageTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/x";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CorrectionService corrections;

    @MockitoBean
    DocumentListing documents;

    private static CorrectionService.Listed listed(String id, Field field, String after, String time, String status, String at) {
        return new CorrectionService.Listed(new Correction(id, DOC, "一/（二）", 1, "市发展改革局负责。", field, List.of("某市<发展>和改革局"),
                List.of(after), "张三", Instant.parse(time), "经核对"), status, at);
    }


    private void givenTwoCorrections() {
        given(corrections.list()).willReturn(List.of(
                listed("aaaa1111", Field.LEAD, "某市财政局", "2026-12-06T10:00:00Z", "anchored", "一/（二）"),
                listed("bbbb2222", Field.DEADLINE, "2021-05-31", "2026-12-05T10:00:00Z", "orphaned", "")));
        given(documents.document(DOC)).willReturn(new DocumentSummary(DOC, "某市方案", "", "city", "某市", "2023", "", 1, "x.txt", ""));
    }

    @Test
    void shouldListEveryCorrectionWithTheOrphanedFirstAndNoUndoForAReader() throws Exception {
        givenTwoCorrections();

        mvc.perform(get("/corrections"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"orphaned-count\">1</span>")))
                .andExpect(content().string(containsString("<td class=\"status\">无法定位</td>")))
                .andExpect(content().string(containsString("某市&lt;发展&gt;和改革局")))
                .andExpect(content().string(containsString("<td>张三</td>")))
                .andExpect(content().string(containsString("<td>经核对</td>")))
                .andExpect(content().string(containsString("管理员登录以撤销")))
                .andExpect(content().string(not(containsString("data-undo"))))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("bbbb2222", "aaaa1111")));
    }

    @Test
    void shouldOfferUndoToASignedInAdmin() throws Exception {
        givenTwoCorrections();

        mvc.perform(get("/corrections").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<button type=\"button\" data-undo=\"aaaa1111\">撤销</button>")))
                .andExpect(content().string(containsString("<script src=\"/corrections.js\" defer></script>")))
                .andExpect(content().string(not(containsString("管理员登录以撤销"))));
    }
}
