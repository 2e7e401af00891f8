package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace command as a user runs it, on a store the ingest command filled. */
class TraceCliIT {

    @TempDir
    static Path dir;

    private static String store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("tdb2").toString();
        assertThat(CommandRun.of("--store", store, "ingest", "corpus").code()).isZero();
    }

    @Test
    void shouldPrintTheChainAsCsvFromADocumentAndPath() {
        CommandRun r = CommandRun.of("--store", store, "trace", "开平", "四/（一）", "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("level,doc,number,title,clause,score,text");
        assertThat(lines.get(1)).startsWith("county,").contains("开平市2024年推动落后产能退出工作计划");
        assertThat(lines.get(2)).startsWith("city,").contains("江工信材料函〔2024〕20号");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("province,").contains("广东省2019年推动落后产能退出工作方案"));
        assertThat(lines.get(lines.size() - 1)).startsWith("national,").contains("工信部联产业〔2017〕30号");
    }

    @Test
    void shouldPrintTheTableWithWhatTheCityChangedFromAClauseIri() throws Exception {
        CommandRun json = CommandRun.of("--store", store, "trace", "湛江", "二/（一）/3", "--format", "json");
        JsonNode trace = new ObjectMapper().readTree(json.out());

        CommandRun table = CommandRun.of("--store", store, "trace", trace.get("clause").asText());

        assertThat(trace.get("steps").size()).isEqualTo(5);
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("city       湛江市2021年推动落后产能退出工作方案", "二/（一）/2  score ",
                "changed below (湛江市2021年推动落后产能退出工作方案 二/（一）/3): ", "{+依法处置能耗不达标企业",
                "owner: 广东省发展和改革委员会、广东省工业和信息化厅、广东省能源局 → ",
                "national   关于利用综合标准依法依规推动落后产能退出的指导意见  工信部联产业〔2017〕30号  (cited; not in the store)");
    }

    @Test
    void shouldExitTwoForAnUnknownPathOrAMissingOne() {
        CommandRun unknown = CommandRun.of("--store", store, "trace", "湛江", "九/（九）");
        CommandRun missing = CommandRun.of("--store", store, "trace", "湛江");

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no clause '九/（九）'");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("clause IRI, or a document and a clause path");
    }
}
