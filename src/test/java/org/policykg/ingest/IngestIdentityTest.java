package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.store.KgStore;

/** A file is identified by its path: a file of the same name in another folder is another document. */
class IngestIdentityTest {

    private final KgStore store = KgStore.inMemory();
    private final IngestService ingest = new IngestService(Samples.pipeline(), store);
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void twoPlansNamedAlike() throws Exception {
        a = Files.createDirectories(dir.resolve("a")).resolve("plan.txt");
        b = Files.createDirectories(dir.resolve("b")).resolve("plan.txt");
        Files.writeString(a, plan("甲", 21));
        Files.writeString(b, plan("乙", 22));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String plan(String city, int number) {
        return "某" + city + "市人民政府办公室\n某府办〔2024〕" + number + "号\n关于印发某" + city + "市数据开放工作方案的通知\n"
                + "一、工作目标\n推进数据开放。";
    }

    @Test
    void shouldKeepBothPlansWhenTwoFoldersHoldAFileOfTheSameNameInOneRun() {
        IngestReport r = ingest.ingest(List.of(a, b), IngestListener.NONE);

        assertThat(store.documentCount()).isEqualTo(2).isEqualTo(r.documents());
        assertThat(r.warnings()).noneMatch(w -> w.contains("replaces"));
    }

    @Test
    void shouldKeepBothPlansWhenTwoFoldersHoldAFileOfTheSameNameAcrossTwoRuns() {
        ingest.ingest(List.of(a), IngestListener.NONE);

        IngestReport r = ingest.ingest(List.of(b), IngestListener.NONE);

        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.warnings()).noneMatch(w -> w.contains("replaces"));
    }

    @Test
    void shouldReplaceTheEarlierVersionWhenTheSameFileIsIngestedAgain() throws Exception {
        ingest.ingest(List.of(a), IngestListener.NONE);
        Files.writeString(a, plan("丙", 23));

        IngestReport r = ingest.ingest(List.of(dir.resolve("a/../a/plan.txt")), IngestListener.NONE);

        assertThat(store.documentCount()).isEqualTo(1).isEqualTo(r.documents());
        assertThat(r.warnings()).isEmpty();
    }
}
