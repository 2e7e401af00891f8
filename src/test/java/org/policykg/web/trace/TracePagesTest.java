package org.policykg.web.trace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.trace.TraceService;
import org.policykg.trace.UnknownClauseException;
import org.policykg.web.documents.DocumentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: the document page links every subdivision to its trace; the trace page shows levels, diffs and facts. */
@WebMvcTest(TracePages.class)
class TracePagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClauseListing clauses;

    @MockitoBean
    TraceService traces;

    @Test
    void shouldLinkEverySubdivisionOfADocumentToItsTrace() throws Exception {
        DocumentSummary doc = new DocumentSummary(TraceFixture.DOC, "某市2023年工作方案", "", "city", "某市", "2023", "", 1, "c.txt", "");
        given(clauses.of("某市")).willReturn(new ClauseListing.DocumentClauses(doc,
                List.of(new ClauseListing.ClauseRow("一/1", "Clause", "1. 市工信局负责。", TraceFixture.CLAUSE))));

        mvc.perform(get("/document").param("doc", "某市"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某市2023年工作方案")))
                .andExpect(content().string(containsString("1. 市工信局负责。")))
                .andExpect(content().string(containsString("/trace?clause=https://w3id.org/policykg/id/doc/c/a1/c1")));
    }

    @Test
    void shouldShowEachLevelWithWhatTheLevelBelowChanged() throws Exception {
        given(traces.trace(TraceFixture.CLAUSE)).willReturn(TraceFixture.TRACE);

        mvc.perform(get("/trace").param("clause", TraceFixture.CLAUSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某省2022年工作方案")))
                .andExpect(content().string(containsString("score 0.420")))
                .andExpect(content().string(containsString("<del>省工信厅</del><ins>市工信局</ins><span>负责。</span>")))
                .andExpect(content().string(containsString("<td>某省工业和信息化厅</td>")))
                .andExpect(content().string(containsString("某部〔2020〕1号")))
                .andExpect(content().string(containsString("未收录")))
                .andExpect(content().string(not(containsString("href=\"/document?doc=https://w3id.org/policykg/id/cited/x\""))));
    }

    @Test
    void shouldTraceFromADocumentAndOutlinePath() throws Exception {
        given(traces.clause("某市", "一/1")).willReturn(TraceFixture.CLAUSE);
        given(traces.trace(TraceFixture.CLAUSE)).willReturn(TraceFixture.TRACE);

        mvc.perform(get("/trace").param("doc", "某市").param("path", "一/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某市2023年工作方案")));
    }

    @Test
    void shouldAnswer404ForAnUnknownClauseAnd400ForNone() throws Exception {
        given(traces.trace("urn:x")).willThrow(new UnknownClauseException("no clause <urn:x> in the store"));

        mvc.perform(get("/trace").param("clause", "urn:x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no clause <urn:x>")));
        mvc.perform(get("/trace")).andExpect(status().isBadRequest());
    }
}
