package org.policykg.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.align.TextDiff;
import org.policykg.trace.FactChange;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceService;
import org.policykg.trace.TraceStep;
import org.policykg.trace.UnknownClauseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: GET /api/trace renders what the trace service returns, and maps bad requests to 400 and 404. */
@WebMvcTest(TraceApi.class)
class TraceApiTest {

    private static final String CLAUSE = "https://w3id.org/policykg/id/doc/c/a1/c1";
    private static final Trace TRACE = new Trace(CLAUSE, List.of(
            new TraceStep("city", "https://w3id.org/policykg/id/doc/c", null, "某市2023年工作方案", false, CLAUSE, "一/1", null,
                    "1. 市工信局负责。", null, List.of(), List.of()),
            new TraceStep("province", "https://w3id.org/policykg/id/doc/p", null, "某省2022年工作方案", false,
                    "https://w3id.org/policykg/id/doc/p/a1/c1", "一/（一）", 0.42, "（一）省工信厅负责。", CLAUSE,
                    List.of(new TextDiff.Edit(TextDiff.Op.REMOVED, "省工信厅"), new TextDiff.Edit(TextDiff.Op.ADDED, "市工信局"),
                            new TextDiff.Edit(TextDiff.Op.SAME, "负责。")),
                    List.of(new FactChange("owner", List.of("某省工业和信息化厅"), List.of("某市工业和信息化局")))),
            new TraceStep("national", "https://w3id.org/policykg/id/cited/x", "某部〔2020〕1号", "关于某事的指导意见", true,
                    null, null, null, null, null, List.of(), List.of())));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TraceService traces;

    @Test
    void shouldServeTheTraceOfAClauseAsJson() throws Exception {
        given(traces.trace(CLAUSE)).willReturn(TRACE);

        mvc.perform(get("/api/trace").param("clause", CLAUSE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clause").value(CLAUSE))
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
        given(traces.clause("某市", "一/1")).willReturn(CLAUSE);
        given(traces.trace(CLAUSE)).willReturn(TRACE);

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
