package org.policykg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes the text of one planned document: an optional covering notice (关于印发…的通知), the title and
 * its number line, the plan body, an optional signature, and the task-division attachment (附件1).
 */
final class DocumentComposer {

    record Composed(String text, int clauses, int tables) {}

    private final BenchData data;
    private final CorpusPlan plan;
    private final long seed;

    DocumentComposer(BenchData data, CorpusPlan plan, long seed) {
        this.data = data;
        this.plan = plan;
        this.seed = seed;
    }

    Composed compose(Slot s) {
        Random r = Seeds.random(seed, s.index(), 2);
        Page page = new Page(r);
        Locality loc = s.locality();
        Optional<Slot> previous = plan.previous(s);
        Map<String, String> values = values(s, previous, r);
        if (s.covering()) {
            notice(page, s, values, r);
        }
        page.head(s.title());
        if (!s.covering()) {
            page.head(s.number());
        }
        page.blank();
        String attachment = r.nextInt(3) > 0 ? (loc.national() ? "" : loc.name()) + s.year() + "年推动落后产能退出工作任务分工表" : null;
        List<List<String>> tasks = new PlanBody(data, page, values, r, loc).write(previous, attachment);
        if (!s.covering() && r.nextBoolean()) {
            page.blank();
            page.head(loc.national() ? s.issuer() : loc.full("industry"));
            page.head(date(s.issued()));
        }
        if (attachment != null) {
            page.blank();
            page.head("附件1");
            page.blank();
            page.head(attachment);
            page.blank();
            List<List<String>> rows = new ArrayList<>();
            for (List<String> t : tasks) {
                rows.add(List.of(String.valueOf(rows.size() + 1), t.get(0), t.get(1), t.get(2)));
            }
            page.table(null, List.of("序号", "主要任务", "责任单位", "完成时限"), rows);
        }
        return new Composed(page.text(), page.clauses(), page.tables());
    }

    private void notice(Page page, Slot s, Map<String, String> values, Random r) {
        Locality loc = s.locality();
        if (!loc.national() && r.nextBoolean()) {
            page.head(s.issuer());
            page.blank();
        }
        page.head(s.noticeTitle());
        page.head(s.number());
        page.blank();
        page.head(loc.national() ? values.get("sub") + "：" : values.get("sub") + "，" + loc.self() + "有关单位：");
        page.blank();
        page.paragraph((loc.national() ? "" : "经" + loc.government() + "同意，") + "现将《" + s.title() + "》印发给你们，请认真组织实施。");
        page.blank();
        page.head(s.issuer());
        page.head(date(s.issued()));
        page.blank();
    }

    private Map<String, String> values(Slot s, Optional<Slot> previous, Random r) {
        Locality loc = s.locality();
        Map<String, String> v = new HashMap<>();
        v.put("year", String.valueOf(s.year()));
        v.put("next", String.valueOf(s.year() + 1));
        v.put("prev", String.valueOf(s.year() - 1));
        v.put("J", loc.name());
        v.put("self", loc.self());
        v.put("government", loc.government());
        v.put("coordinator", s.issuer());
        v.put("lead", loc.prefixed("industry"));
        v.put("parentLead", s.parent() == null ? "国务院" : s.parent().locality().full("industry"));
        v.put("parentJ", s.parent() == null ? "全国" : s.parent().locality().name());
        v.put("sub", data.keyed("sub", loc.national() ? "national" : loc.jurisdiction().level().notation()));
        v.put("kindNoun", s.kindNoun());
        v.put("cites", cites(s, r));
        previous.ifPresent(p -> v.put("prevCite", cite(p)));
        List<BenchData.Industry> all = new ArrayList<>(data.industries());
        Collections.shuffle(all, r);
        List<String> industries = all.subList(0, 4 + r.nextInt(7)).stream().map(BenchData.Industry::name).toList();
        v.put("industries", String.join("、", industries));
        v.put("count", String.valueOf(industries.size()));
        return v;
    }

    /** 《title》（number） of the plan implemented, and for lower levels often the national plan as well. */
    private String cites(Slot s, Random r) {
        if (s.parent() == null) {
            String[] basis = Seeds.pick(data.words("basis"), r).split("\\|");
            return "《" + basis[0] + "》（" + basis[1] + "）";
        }
        Slot root = s.parent();
        while (root.parent() != null) {
            root = root.parent();
        }
        return root == s.parent() || r.nextBoolean() ? cite(s.parent()) : cite(root) + "和" + cite(s.parent());
    }

    private static String cite(Slot s) {
        return "《" + s.citedTitle() + "》（" + s.number() + "）";
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
