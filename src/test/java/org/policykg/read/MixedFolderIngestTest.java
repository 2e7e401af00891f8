package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.policykg.store.KgStore;

/** A folder as users have it: every format side by side, and the bad files failing alone. */
class MixedFolderIngestTest {

    private static final Path FORMATS = Path.of("src/test/resources/formats");

    @TempDir
    Path dir;

    @Test
    void shouldLoadEveryFormatAndReportEachBadFileInOneLineWhenTheyShareAFolder() throws IOException {
        copy("000_b674c33e703a95d4.docx");
        copy("001_dbc454e0257d42c0.pdf");
        copy("002_2271524e11752f97.html");
        copy("003_614dae50352398fd.doc");
        Files.copy(Samples.file("004_b245d020d56ee491.txt"), dir.resolve("004_b245d020d56ee491.txt"));
        Files.copy(Samples.file("004_b245d020d56ee491.meta.properties"), dir.resolve("004_b245d020d56ee491.meta.properties"));
        Files.writeString(dir.resolve("notes.pdf"), "关于做好落后产能退出工作的说明\n一、工作目标\n依法依规推动落后产能关停退出。\n",
                StandardCharsets.UTF_8);
        List<Path> bad = List.of(BadFiles.encryptedPdf(dir.resolve("locked.pdf")), BadFiles.scannedPdf(dir.resolve("scan.pdf")),
                BadFiles.corruptDocx(FORMATS.resolve("000_b674c33e703a95d4.docx"), dir.resolve("broken.docx")),
                BadFiles.zipBomb(dir.resolve("bomb.docx")), BadFiles.pageWithoutArticle(dir.resolve("links.html")),
                Files.write(dir.resolve("empty.txt"), new byte[0]));

        IngestReport report;
        try (KgStore store = KgStore.inMemory()) {
            report = new IngestService(Samples.pipeline(), store).ingest(List.of(dir), IngestListener.NONE);
        }

        assertThat(report.documents()).as("five samples in five formats and a text named .pdf").isEqualTo(6);
        assertThat(report.errors()).hasSize(bad.size()).allSatisfy(e -> assertThat(e).doesNotContain("\n"));
        bad.forEach(f -> assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith(f + ": ")));
    }

    private void copy(String name) throws IOException {
        Files.copy(FORMATS.resolve(name), dir.resolve(name));
    }
}
