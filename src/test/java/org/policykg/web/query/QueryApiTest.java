package org.policykg.web.query;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.policykg.check.CheckReport;
import org.policykg.check.Finding;
import org.policykg.check.RuleChecker;
import org.policykg.check.Severity;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.query.QueryTimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: the query catalog and the check report as JSON. */
@WebMvcTest({QueryApi.class, CheckApi.class})
@Import({QueryCatalog.class, ClientWatch.class})
class QueryApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryRunner runner;

    @MockitoBean
    RuleChecker checker;

    private static ResultSetRewindable table() {
        String q = "SELECT ?label ?doc ?deadline WHERE { VALUES (?label ?doc ?deadline) {"
                + " (\"湛江市工业和信息化局\" <https://w3id.org/policykg/id/doc/x> \"2021-04-30\") (\"湛江市工业和信息化局\" <https://w3id.org/policykg/id/doc/x> UNDEF) } }";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createDefaultModel()).query(q).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    @Test
    void shouldListTheCatalogWithDescriptionParametersAndColumns() throws Exception {
        mvc.perform(get("/api/queries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'obligations-of-agency')].params[0].name").value(hasItem("agency")))
                .andExpect(jsonPath("$[?(@.name == 'obligations-of-agency')].params[0].type").value(hasItem("string")))
                .andExpect(jsonPath("$[?(@.name == 'due-between')].columns[0]").value(hasItem("dueDate")))
                .andExpect(jsonPath("$[?(@.name == 'rules/deadline-before-issue')].description").isNotEmpty());
    }

    @Test
    void shouldRunAQueryWithItsParametersAndAnswerColumnsAndRows() throws Exception {
        given(runner.select(any(), any(), any(), any(), any())).willReturn(table());

        mvc.perform(get("/api/queries/obligations-of-agency").param("agency", "湛江市工业和信息化局"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("obligations-of-agency"))
                .andExpect(jsonPath("$.columns[2]").value("deadline"))
                .andExpect(jsonPath("$.rows[0][0]").value("湛江市工业和信息化局"))
                .andExpect(jsonPath("$.rows[0][1]").value("https://w3id.org/policykg/id/doc/x"))
                .andExpect(jsonPath("$.rows[1][2]").doesNotExist());
        verify(runner).select(argThat(q -> q.name().equals("obligations-of-agency")), eq(Map.of("agency", "湛江市工业和信息化局")), any(), any(), any());
    }

    @Test
    void shouldRunARuleByItsFolderAndName() throws Exception {
        given(runner.select(any(), any(), any(), any(), any())).willReturn(table());

        mvc.perform(get("/api/queries/rules/deadline-before-issue")).andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("rules/deadline-before-issue"));
    }

    @Test
    void shouldAnswer503WithABilingualProblemWhenAQueryRunsOverItsTimeLimit() throws Exception {
        given(runner.select(any(), any(), any(), any(), any())).willThrow(new QueryTimeoutException("stats", Duration.ofSeconds(60)));

        mvc.perform(get("/api/queries/stats"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("查询超时 / query 'stats' was stopped after 60 s")));
    }

    @Test
    void shouldAnswer404ForAnUnknownQueryAnd400ForABadParameter() throws Exception {
        given(runner.select(any(), any(), any(), any(), any())).willThrow(new IllegalArgumentException("query 'due-between' has no parameter 'x'"));

        mvc.perform(get("/api/queries/no-such-query"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no query named 'no-such-query'"));
        mvc.perform(get("/api/queries/due-between").param("x", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("query 'due-between' has no parameter 'x'"));
    }

    @Test
    void shouldPageTheRowsAndCountTheTotalWhenAsked() throws Exception {
        given(runner.select(any(), any(), eq(new Page(2, 4)), any(), any())).willReturn(table());
        given(runner.total(any(), any(), any(), any())).willReturn(123L);

        mvc.perform(get("/api/queries/documents").param("limit", "2").param("offset", "4").param("total", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.limit").value(2))
                .andExpect(jsonPath("$.offset").value(4))
                .andExpect(jsonPath("$.total").value(123));
        verify(runner).select(argThat(q -> q.name().equals("documents")), eq(Map.of()), eq(new Page(2, 4)), any(), any());
    }

    @Test
    void shouldAnswerWithoutPagingFieldsWhenNoPageIsAsked() throws Exception {
        given(runner.select(any(), any(), any(), any(), any())).willReturn(table());

        mvc.perform(get("/api/queries/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").doesNotExist())
                .andExpect(jsonPath("$.limit").doesNotExist());
    }

    @Test
    void shouldRefuseABadLimitAsAProblem() throws Exception {
        mvc.perform(get("/api/queries/documents").param("limit", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("parameter 'limit': '-1' is not a whole number ≥ 0"));
    }

    @Test
    void shouldServeTheCheckReportWithSummaryAndFindings() throws Exception {
        Finding late = new Finding("deadline-before-issue", "Deadline before the date of issue", Severity.ERROR, "urn:d", "urn:doc",
                "湛江市2021年推动落后产能退出工作方案", "urn:c", "四/（一）/¶1", "4月底前…", "before the date of issue");
        given(checker.check(List.of())).willReturn(new CheckReport(List.of(late), List.of("deadline-before-issue", "shacl")));

        mvc.perform(get("/api/checks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.error").value(1))
                .andExpect(jsonPath("$.summary.warning").value(0))
                .andExpect(jsonPath("$.rules[1]").value("shacl"))
                .andExpect(jsonPath("$.findings[0].severity").value("error"))
                .andExpect(jsonPath("$.findings[0].path").value("四/（一）/¶1"));
    }
}
