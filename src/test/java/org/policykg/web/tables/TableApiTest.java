package org.policykg.web.tables;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.calendar.Agency;
import org.policykg.calendar.AgencyCalendars;
import org.policykg.calendar.TaskCalendar;
import org.policykg.tables.TableOptions;
import org.policykg.tables.TaskGroup;
import org.policykg.tables.TaskRow;
import org.policykg.tables.TaskTable;
import org.policykg.tables.TaskTables;
import org.policykg.web.guard.SecurityHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: table downloads in each format, a body's calendar, and a clear 404 for unknown names. */
@WebMvcTest(TableApi.class)
class TableApiTest {

    private static final TaskTable TABLE = new TaskTable("附件1", "某市任务分工表", "《某市方案》", List.of(new TaskGroup("",
            List.of(new TaskRow("1", "加强统筹协调。", "某市工业和信息化局", "某市生态环境局", "2023年6月30日前", "《某市方案》 三/（一）",
                    "https://w3id.org/policykg/id/doc/x/c3/c1", List.of())))));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaskTables tables;

    @MockitoBean
    AgencyCalendars calendars;

    @Test
    void shouldDownloadAWordTableAsAnAttachment() throws Exception {
        given(tables.forDocument("plan.txt", TableOptions.STANDARD)).willReturn(TABLE);

        mvc.perform(get("/api/tables/plan.txt").param("format", "docx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void shouldShowTheHtmlTableInThePage() throws Exception {
        given(tables.forDocument("plan.txt", TableOptions.STANDARD)).willReturn(TABLE);

        mvc.perform(get("/api/tables/plan.txt").param("format", "html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.SELF_CONTAINED_PAGE))
                .andExpect(content().string(containsString("加强统筹协调。")));
    }

    @Test
    void shouldDraftForASubordinateWhenAsked() throws Exception {
        given(tables.draftFor("湛江市", "plan.txt", 5, TableOptions.STANDARD)).willReturn(TABLE);

        mvc.perform(get("/api/tables/plan.txt").param("format", "csv").param("draftFor", "湛江市").param("marginDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
    }

    @Test
    void shouldAnswerNotFoundWithTheReason() throws Exception {
        given(tables.forDocument("nothing", TableOptions.STANDARD)).willThrow(new IllegalArgumentException("no document matches 'nothing'"));

        mvc.perform(get("/api/tables/nothing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no document matches 'nothing'"));
    }

    @Test
    void shouldAnswerBadRequestWhenNoDocumentIsGiven() throws Exception {
        mvc.perform(get("/api/tables").param("doc", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("give the document: /api/tables/{file name or 文号} or /api/tables?doc=IRI"));
        mvc.perform(get("/api/tables")).andExpect(status().isBadRequest());
    }

    @Test
    void shouldServeABodysCalendar() throws Exception {
        Agency agency = new Agency("https://w3id.org/policykg/id/agency/abc", "某市工业和信息化局");
        TaskCalendar calendar = mock(TaskCalendar.class);
        willAnswer(i -> {
            i.getArgument(0, OutputStream.class).write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
            return null;
        }).given(calendar).write(any());
        given(calendars.resolve("abc")).willReturn(agency);
        given(calendars.calendar(eq(agency), any(), any())).willReturn(calendar);

        mvc.perform(get("/api/agencies/abc/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")));
    }
}
