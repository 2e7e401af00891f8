package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table and calendar commands as a user runs them against a store folder. */
class TableCliIT {

    @Test
    void shouldWriteTablesDraftsAndCalendars(@TempDir Path dir) throws Exception {
        String store = dir.resolve("tdb2").toString();
        Path docx = dir.resolve("附件1.docx");
        Path ics = dir.resolve("agency.ics");

        CommandRun ingest = CommandRun.of("--store", store, "ingest", "corpus/003_614dae50352398fd.txt", "corpus/004_b245d020d56ee491.txt");
        CommandRun table = CommandRun.of("--store", store, "table", "004_b245d020d56ee491.txt", "--out", docx.toString());
        CommandRun byYear = CommandRun.of("--store", store, "table", "广东省", "2019", "--format", "csv");
        CommandRun draft = CommandRun.of("--store", store, "table", "--draft-for", "湛江市", "--margin-days", "15", "003_614dae50352398fd.txt",
                "--format", "html", "--attachment", "附件2");
        CommandRun calendar = CommandRun.of("--store", store, "calendar", "广东省工业和信息化厅", "--out", ics.toString());

        assertThat(ingest.code()).isZero();
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("29 tasks");
        assertThat(Files.size(docx)).isPositive();
        assertThat(byYear.out()).startsWith("\uFEFF序号,主要任务,牵头单位,配合单位,完成时限,依据").contains("二/（一）/表1/1");
        assertThat(draft.out()).contains("附件2", "湛江市工业和信息化局", "2019年3月31日前");
        assertThat(calendar.code()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    }

    @Test
    void shouldRejectAnUnknownFormat(@TempDir Path dir) {
        CommandRun r = CommandRun.of("--store", dir.resolve("tdb2").toString(), "table", "x", "--format", "pdf");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown table format");
    }
}
