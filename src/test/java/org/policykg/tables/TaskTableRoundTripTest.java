package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.CorpusGraph;
import org.policykg.Samples;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;

/**
 * The 任务分工表 of the 湛江 sample, written as DOCX (as {@code table 湛江 --format docx} writes it) and ingested
 * into a fresh store as a document of its own, gives back the same obligations task by task: the same tasks in
 * 主要任务, the same lead and support bodies in the graph (the collectives of local bodies included: the table
 * writes 湛江市各地工业和信息化局, which reads back as itself), the same deadlines (as written and normalized).
 * What does not come back: the full text of a shortened task (the DOCX keeps it in a Word comment, which the reader
 * does not take as text), the 分组 (the table is not an outline), and the source clause's path (the rows cite
 * their source in 依据, read as a reference, not as task text).
 */
class TaskTableRoundTripTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String FILE = "zhanjiang-table.docx";
    /** A body named for every place below (各地工业和信息化局, 各县（市、区）发展和改革局): the collective and a body type. */
    private static final Pattern LOCAL_COLLECTIVE = Pattern.compile("各(地|县（市、区）)\\p{IsHan}+(局|部门)");

    @TempDir
    static Path dir;

    private static TaskTable source;
    private static TaskTable back;
    private static Map<String, TaskFacts> sourceFacts;
    private static Map<String, TaskFacts> backFacts;

    @BeforeAll
    static void roundTrip() throws Exception {
        source = TableFixtures.tables().forDocument(ZHANJIANG);
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
            TableFormat.DOCX.write(source, out);
        }
        KgStore store = CorpusGraph.of(dir);
        QueryCatalog catalog = new QueryCatalog();
        var runner = QueryFixtures.runner(store, catalog);
        var resolver = QueryFixtures.resolver(store, catalog);
        TaskFactsReader reader = new TaskFactsReader(catalog, runner);
        back = new TaskTables(catalog, runner, resolver, reader, Samples.jurisdictions(), store, new org.policykg.correct.CorrectionLayer()).forDocument(FILE);
        backFacts = byClause(reader.read(resolver.resolve(FILE)));
        sourceFacts = byClause(new TaskFactsReader(CorpusGraph.catalog(), CorpusGraph.runner())
                .read(QueryFixtures.resolver(CorpusGraph.store(), CorpusGraph.catalog()).resolve(ZHANJIANG)));
    }

    @Test
    void shouldReadBackEveryTaskWithItsOwnTextOnly() {
        assertThat(source.rows()).hasSize(25);
        assertThat(back.rows()).extracting(TaskRow::task)
                .containsExactlyInAnyOrderElementsOf(source.rows().stream().map(TaskRow::task).toList());
        assertThat(back.rows()).extracting(TaskRow::task).noneMatch(t -> t.contains(source.title().replace("任务分工表", "")));
    }

    @Test
    void shouldGiveBackTheSameLeadAndSupportBodiesForEachTask() {
        SoftAssertions soft = new SoftAssertions();
        for (TaskRow s : source.rows()) {
            TaskFacts from = sourceFacts.get(s.clause());
            TaskFacts to = backFacts.get(match(s).clause());
            soft.assertThat(Set.copyOf(to.leads())).as("lead of %s", s.task()).isEqualTo(Set.copyOf(from.leads()));
            soft.assertThat(Set.copyOf(to.supports())).as("support of %s", s.task()).isEqualTo(Set.copyOf(from.supports()));
        }
        soft.assertAll();
        assertThat(source.rows()).as("the collectives of local bodies are among them")
                .anyMatch(r -> LOCAL_COLLECTIVE.matcher(r.lead()).find());
    }

    @Test
    void shouldGiveBackTheSameDeadlinesAsWrittenAndNormalized() {
        long withDeadline = 0;
        for (TaskRow s : source.rows()) {
            Set<TaskFacts.Due> from = Set.copyOf(sourceFacts.get(s.clause()).dues);
            assertThat(Set.copyOf(backFacts.get(match(s).clause()).dues)).as("deadlines of %s", s.task()).isEqualTo(from);
            withDeadline += from.isEmpty() ? 0 : 1;
        }
        assertThat(withDeadline).as("tasks with a deadline").isGreaterThanOrEqualTo(4);
    }

    private static TaskRow match(TaskRow s) {
        return back.rows().stream().filter(r -> r.task().equals(s.task())).findFirst().orElseThrow();
    }

    private static Map<String, TaskFacts> byClause(List<TaskFacts> facts) {
        return facts.stream().collect(Collectors.toMap(f -> f.clause, Function.identity()));
    }
}
