package org.policykg.web.documents;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice: the landing page and /api/documents render what the listing returns. */
@WebMvcTest({LandingController.class, DocumentApi.class})
class LandingControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DocumentListing listing;

    private static final DocumentSummary PLAN = new DocumentSummary("https://w3id.org/policykg/id/doc/x", "某市2023年推动落后产能退出工作方案",
            "某工信〔2023〕1号", "city", "某市", "2023", "2023-04-01", 42, "plan.txt", "");

    @Test
    void shouldListDocumentsWithLevelJurisdictionYearAndCounts() throws Exception {
        given(listing.documents()).willReturn(List.of(PLAN));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某市2023年推动落后产能退出工作方案")))
                .andExpect(content().string(containsString("某工信〔2023〕1号")))
                .andExpect(content().string(containsString("<td>city</td>")))
                .andExpect(content().string(containsString("42")));
    }

    @Test
    void shouldTellAnEmptyStoreHowToFillIt() throws Exception {
        given(listing.documents()).willReturn(List.of());

        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("ingest corpus")));
    }

    @Test
    void shouldServeTheListingAsJson() throws Exception {
        given(listing.documents()).willReturn(List.of(PLAN));

        mvc.perform(get("/api/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("某市2023年推动落后产能退出工作方案"))
                .andExpect(jsonPath("$[0].clauses").value(42));
    }
}
