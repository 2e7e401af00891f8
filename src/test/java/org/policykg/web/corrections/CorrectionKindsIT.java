package org.policykg.web.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policykg.correct.CorrectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The corrections beyond one field over HTTP (#16): an obligation the parser missed, with its lead, and the merge of
 * two agencies and the split of an alias; the admin only, a wrong agency refused with nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus", "policykg.admin.password=" + CorrectionsHttp.PASSWORD})
class CorrectionKindsIT {

    private static final String CLAUSE = "一/¶1";
    private static final String KEPT = "湛江市发展和改革局";
    private static final String MERGED = "湛江市发展和改革委员会";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int webPort;

    @Autowired
    CorrectionService corrections;

    private CorrectionsHttp api;

    @BeforeEach
    void client() {
        api = new CorrectionsHttp(webPort);
    }

    private HttpResponse<String> post(String body, boolean admin) throws Exception {
        return api.postJson(body, admin ? CorrectionsHttp.basic(CorrectionsHttp.PASSWORD) : null);
    }

    /** The given columns of a catalog query's rows, joined with |. */
    private List<String> rows(String query, String params, String... columns) throws Exception {
        JsonNode result = json.readTree(api.send(api.at("/api/queries/" + query + "?" + params)).body());
        List<String> names = new ArrayList<>();
        result.get("columns").forEach(c -> names.add(c.asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode row : result.get("rows")) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(row.get(names.indexOf(c)).asText());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    private static String doc() {
        return "doc=" + URLEncoder.encode("湛江", StandardCharsets.UTF_8);
    }

    @Test
    void shouldAddAMissedObligationWithItsLeadAsTheAdminAndRemoveBothOnUndo() throws Exception {
        int before = corrections.list().size();
        String body = "{\"doc\":\"湛江\",\"path\":\"" + CLAUSE + "\",\"field\":\"obligation\",\"value\":\"\",\"lead\":\"湛江市工业和信息化局\"}";
        assertThat(post(body, false).statusCode()).isEqualTo(401);

        HttpResponse<String> made = post(body, true);

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode c = json.readTree(made.body());
        assertThat(c.get("field").asText()).isEqualTo("obligation");
        assertThat(c.get("status").asText()).isEqualTo("anchored");
        assertThat(rows("obligations", doc(), "path", "lead")).contains(CLAUSE + "|湛江市工业和信息化局");
        assertThat(rows("obligations", doc() + "&asExtracted=true", "path")).doesNotContain(CLAUSE);

        corrections.undo(c.get("id").asText());

        assertThat(rows("obligations", doc(), "path")).doesNotContain(CLAUSE);
        assertThat(corrections.list()).hasSize(before);
    }

    @Test
    void shouldMergeTwoAgenciesAndSplitAnAliasAsTheAdminAndRefuseAnUnknownAgency() throws Exception {
        int before = corrections.list().size();
        HttpResponse<String> unknown = post("{\"field\":\"merge-agency\",\"agency\":\"" + KEPT + "\",\"merged\":\"火星局\"}", true);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("detail").asText()).startsWith("no agency '火星局'");
        assertThat(corrections.list()).hasSize(before);

        HttpResponse<String> merge = post("{\"field\":\"merge-agency\",\"agency\":\"" + KEPT + "\",\"merged\":\"" + MERGED + "\"}", true);
        HttpResponse<String> split = post("{\"field\":\"split-alias\",\"agency\":\"广东省发展和改革委员会\",\"alias\":\"发展改革委\","
                + "\"as\":\"某市发展和改革局\"}", true);

        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(201);
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        List<String> agencies = rows("agencies", "", "agency", "aliases");
        assertThat(agencies).noneMatch(a -> a.startsWith(MERGED + "|"));
        assertThat(agencies).anyMatch(a -> a.startsWith(KEPT + "|") && a.contains(MERGED));
        assertThat(agencies).contains("某市发展和改革局|发展改革委");
        assertThat(rows("agencies", "asExtracted=true", "agency")).contains(MERGED).doesNotContain("某市发展和改革局");

        corrections.undo(json.readTree(merge.body()).get("id").asText());
        corrections.undo(json.readTree(split.body()).get("id").asText());
        assertThat(rows("agencies", "", "agency")).contains(MERGED).doesNotContain("某市发展和改革局");
    }
}
