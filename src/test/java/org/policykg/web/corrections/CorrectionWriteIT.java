package org.policykg.web.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policykg.correct.CorrectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Making and undoing corrections over HTTP: the admin only, with the CLI's message for a wrong place, nothing written else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus", "policykg.admin.password=" + CorrectionsHttp.PASSWORD})
class CorrectionWriteIT {

    private static final String PATH = "四/（一）/¶1";

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

    private static String lead(String value) {
        return "{\"doc\":\"湛江\",\"path\":\"" + PATH + "\",\"field\":\"lead\",\"value\":\"" + value + "\",\"note\":\"经核对\"}";
    }

    private String leadShown(String asExtracted) throws Exception {
        JsonNode result = json.readTree(api.send(api.at("/api/queries/obligations?doc=" + URLEncoder.encode("湛江", StandardCharsets.UTF_8)
                + asExtracted)).body());
        int path = 3;
        int lead = 5;
        assertThat(result.get("columns").get(lead).asText()).isEqualTo("lead");
        for (JsonNode row : result.get("rows")) {
            if (row.get(path).asText().equals(PATH)) {
                return row.get(lead).asText();
            }
        }
        return "";
    }

    @Test
    void shouldRefuseWritesWithoutTheAdminCredentialAndWriteNothing() throws Exception {
        int before = corrections.list().size();

        HttpResponse<String> none = api.postJson(lead("湛江市财政局"), null);
        HttpResponse<String> wrong = api.postJson(lead("湛江市财政局"), CorrectionsHttp.basic("wrong"));
        HttpResponse<String> crossSite = api.send(api.at("/api/corrections").header("Content-Type", "application/json")
                .header("Origin", "http://elsewhere.example").header("Authorization", CorrectionsHttp.basic(CorrectionsHttp.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(lead("湛江市财政局"))));
        HttpResponse<String> undo = api.send(api.at("/api/corrections/abcdef12").DELETE());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(undo.statusCode()).isEqualTo(401);
        assertThat(corrections.list()).hasSize(before);
    }

    @Test
    void shouldMakeAndUndoACorrectionAsTheAdmin() throws Exception {
        String extracted = leadShown("&asExtracted=true");

        HttpResponse<String> made = api.postJson(lead("湛江市财政局"), CorrectionsHttp.basic(CorrectionsHttp.PASSWORD));
        JsonNode c = json.readTree(made.body());

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(c.get("by").asText()).isEqualTo("admin");
        assertThat(c.get("status").asText()).isEqualTo("anchored");
        assertThat(c.get("note").asText()).isEqualTo("经核对");
        assertThat(leadShown("")).isEqualTo("湛江市财政局");
        assertThat(leadShown("&asExtracted=true")).isEqualTo(extracted);

        HttpResponse<String> undone = api.send(api.at("/api/corrections/" + c.get("id").asText()).header("Authorization", CorrectionsHttp.basic(CorrectionsHttp.PASSWORD)).DELETE());

        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(leadShown("")).isEqualTo(extracted);
        assertThat(corrections.list()).noneMatch(l -> l.correction().id().equals(c.get("id").asText()));
        assertThat(api.send(api.at("/api/corrections/" + c.get("id").asText()).header("Authorization", CorrectionsHttp.basic(CorrectionsHttp.PASSWORD)).DELETE()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldTakeAFormWithTheNameOfWhoCorrects() throws Exception {
        String form = "doc=" + URLEncoder.encode("湛江", StandardCharsets.UTF_8) + "&path=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8)
                + "&field=deadline&value=2021-06-30&by=" + URLEncoder.encode("市工信局审核员", StandardCharsets.UTF_8);

        HttpResponse<String> made = api.send(api.at("/api/corrections").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", CorrectionsHttp.basic(CorrectionsHttp.PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode c = json.readTree(made.body());
        assertThat(c.get("by").asText()).isEqualTo("市工信局审核员");
        assertThat(c.get("after").get(0).asText()).isEqualTo("2021-06-30");
        corrections.undo(c.get("id").asText());
    }

    @Test
    void shouldAnswerBadRequestWithTheCommandsMessageForAClauseThatDoesNotExist() throws Exception {
        int before = corrections.list().size();

        HttpResponse<String> r = api.postJson("{\"doc\":\"湛江\",\"path\":\"九十九/（九）\",\"field\":\"lead\",\"value\":\"湛江市财政局\"}",
                CorrectionsHttp.basic(CorrectionsHttp.PASSWORD));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("detail").asText()).startsWith("no obligation at clause '九十九/（九）' of 湛江 (")
                .doesNotContain("\n");
        assertThat(api.postJson(lead("x").replace("lead", "owner"), CorrectionsHttp.basic(CorrectionsHttp.PASSWORD)).statusCode()).isEqualTo(400);
        assertThat(corrections.list()).hasSize(before);
    }
}
