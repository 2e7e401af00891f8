package org.policykg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The body of a generated plan: preamble naming the plan it implements, goals, tasks by aspect with
 * their agencies and requirement tables, schedule with deadlines and the reporting chain upwards, and
 * safeguards. Returns the tasks, which the task-division attachment lists again.
 */
final class PlanBody {

    private final BenchData data;
    private final Page page;
    private final Map<String, String> values;
    private final Random r;
    private final Locality loc;

    PlanBody(BenchData data, Page page, Map<String, String> values, Random r, Locality loc) {
        this.data = data;
        this.page = page;
        this.values = values;
        this.r = r;
        this.loc = loc;
    }

    List<List<String>> write(Optional<Slot> previous, String attachmentTitle) {
        page.paragraph(fill(Seeds.pick(data.clauses("preamble"), r).text()));
        int top = 0;
        page.item(1, ++top, word("heading-goal"));
        for (BenchData.Clause c : some(data.clauses("goal"), 1)) {
            page.paragraph(fill(c.text()));
        }
        page.item(1, ++top, word("heading-tasks"));
        List<List<String>> tasks = tasks();
        page.item(1, ++top, word("heading-stages"));
        stages();
        page.item(1, ++top, word("heading-safeguards"));
        List<BenchData.Clause> safeguards = some(data.clauses("safeguard"), 3);
        if (previous.isPresent()) {
            safeguards.add(0, Seeds.pick(data.clauses("review"), r));
        }
        for (int i = 0; i < safeguards.size(); i++) {
            page.item(2, i + 1, run(safeguards.get(i)));
        }
        if (attachmentTitle != null) {
            page.blank();
            page.head("附件：" + attachmentTitle);
            page.blank();
        }
        return tasks;
    }

    private List<List<String>> tasks() {
        List<List<String>> tasks = new ArrayList<>();
        int n = 0;
        for (BenchData.Aspect aspect : data.aspects()) {
            if (n >= 2 && r.nextInt(5) == 0) {
                continue;
            }
            String agencies = loc.list(aspect.agencies(), r);
            values.put("agencies", agencies);
            page.item(2, ++n, aspect.name() + "方面（" + agencies + "负责）");
            List<BenchData.Clause> clauses = some(data.clauses(aspect.name()), 3);
            for (int i = 0; i < clauses.size(); i++) {
                BenchData.Clause c = clauses.get(i);
                page.item(3, i + 1, run(c));
                tasks.add(List.of(fill(c.heading()), agencies, fill(word("task-deadline"))));
            }
            if (!aspect.table().isEmpty() && r.nextBoolean()) {
                new RequirementTable(data, page, values, r).write(aspect);
            }
        }
        values.put("agencies", loc.list(List.of("development", "ecology", "market", "emergency"), r));
        return tasks;
    }

    private void stages() {
        int from = 2 + r.nextInt(4);
        page.item(2, 1, word("stage-deploy") + "（" + from + "—" + (from + 1 + r.nextInt(2)) + "月）");
        page.paragraph(fill(Seeds.pick(data.clauses("deploy"), r).text()));
        page.item(2, 2, word("stage-enforce") + "（全年）");
        for (BenchData.Clause c : some(data.clauses("enforce"), 1)) {
            page.paragraph(fill(c.text()));
        }
        page.item(2, 3, word("stage-summary") + "（" + fill(word("summary-period")) + "）");
        for (BenchData.Clause c : some(data.clauses("summary"), 1)) {
            page.paragraph(fill(c.text()));
        }
        page.paragraph(fill(Seeds.pick(data.clauses("report"), r).text()));
    }

    /** "heading。text", or the text alone when the pattern has no heading. */
    private String run(BenchData.Clause c) {
        String text = fill(c.text());
        return c.heading().isEmpty() ? text : fill(c.heading()) + "。" + text;
    }

    /** At least {@code min} of the patterns, in a random order. */
    private List<BenchData.Clause> some(List<BenchData.Clause> all, int min) {
        List<BenchData.Clause> copy = new ArrayList<>(all);
        Collections.shuffle(copy, r);
        int n = Math.min(copy.size(), min + r.nextInt(Math.max(1, copy.size() - min + 1)));
        return new ArrayList<>(copy.subList(0, n));
    }

    private String word(String list) {
        return Seeds.pick(data.words(list), r);
    }

    /** Fills a template, drawing a fresh date for each use. */
    String fill(String template) {
        int month = 3 + r.nextInt(9);
        values.put("month", String.valueOf(month));
        values.put("day", String.valueOf(1 + r.nextInt(28)));
        values.put("date", month + "月" + (1 + r.nextInt(28)) + "日");
        return Template.fill(template, values, r);
    }
}
