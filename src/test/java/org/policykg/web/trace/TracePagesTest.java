package org.policykg.web.trace;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.policykg.trace.TraceService;
import org.policykg.trace.UnknownClauseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: the trace page shows levels, diffs and facts. */
@WebMvcTest(TracePages.class)
class TracePagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TraceService traces;

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
                .andExpect(content().string(containsString("href=\"/document?doc=https://w3id.org/policykg/id/cited/x\"")));
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
