package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} over the sample corpus finds what the README shows, and fails the pipeline on its error. */
class CheckCorpusIT {

    @Test
    void shouldFindTheCorpusProblemsAndExitOne(@TempDir Path dir) throws Exception {
        String store = dir.resolve("tdb2").toString();
        CommandRun.of("--store", store, "ingest", "corpus");

        CommandRun check = CommandRun.of("--store", store, "check", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(check.out());

        assertThat(check.code()).isEqualTo(1);
        assertThat(report.get("summary").get("error").asInt()).isPositive();
        assertThat(report.get("findings").findValuesAsText("rule"))
                .contains("deadline-before-issue", "agency-two-names", "renamed-agency", "citation-number", "recipient-level")
                .doesNotContain("shacl");
        assertThat(report.get("findings").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("湛江市发展和改革委员会").contains("湛江市发展和改革局"))
                .anySatisfy(m -> assertThat(m).contains("2021-04-30").contains("2021-05-13"));
    }
}
