package org.policykg.web.trace;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.policykg.trace.TraceService;
import org.policykg.trace.UnknownClauseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: GET /api/trace renders what the trace service returns, and maps bad requests to 400 and 404. */
@WebMvcTest(TraceApi.class)
class TraceApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TraceService traces;

    @Test
    void shouldServeTheTraceOfAClauseAsJson() throws Exception {
        given(traces.trace(TraceFixture.CLAUSE)).willReturn(TraceFixture.TRACE);

        mvc.perform(get("/api/trace").param("clause", TraceFixture.CLAUSE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clause").value(TraceFixture.CLAUSE))
                .andExpect(jsonPath("$.steps.length()").value(3))
                .andExpect(jsonPath("$.steps[1].level").value("province"))
                .andExpect(jsonPath("$.steps[1].score").value(0.42))
                .andExpect(jsonPath("$.steps[1].changes[1].op").value("ADDED"))
                .andExpect(jsonPath("$.steps[1].facts[0].lower[0]").value("某市工业和信息化局"))
                .andExpect(jsonPath("$.steps[2].stub").value(true))
                .andExpect(jsonPath("$.steps[2].number").value("某部〔2020〕1号"));
    }

    @Test
    void shouldResolveADocumentAndPath() throws Exception {
        given(traces.clause("某市", "一/1")).willReturn(TraceFixture.CLAUSE);
        given(traces.trace(TraceFixture.CLAUSE)).willReturn(TraceFixture.TRACE);

        mvc.perform(get("/api/trace").param("doc", "某市").param("path", "一/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].path").value("一/1"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownClause() throws Exception {
        given(traces.trace("urn:nothing")).willThrow(new UnknownClauseException("no clause <urn:nothing> in the store"));

        mvc.perform(get("/api/trace").param("clause", "urn:nothing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no clause <urn:nothing> in the store"));
    }

    @Test
    void shouldAnswerBadRequestWhenNoClauseIsNamed() throws Exception {
        mvc.perform(get("/api/trace").param("doc", "某市"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }
}
