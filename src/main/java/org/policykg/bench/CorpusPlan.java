package org.policykg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

/**
 * The documents of a scale corpus, without their text: years, issuers, titles, numbers and who
 * implements whom. Small enough to keep for 100,000 documents; the texts are written one at a time.
 */
final class CorpusPlan {

    static final int LAST_YEAR = 2025;
    static final int MAX_YEARS = 16;

    private final long seed;
    private final BenchData data;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, Slot> byKey = new HashMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    private CorpusPlan(long seed, BenchData data) {
        this.seed = seed;
        this.data = data;
    }

    static CorpusPlan build(int docs, long seed, BenchData data, Jurisdictions jurisdictions) {
        CorpusPlan plan = new CorpusPlan(seed, data);
        Map<String, List<Jurisdiction>> children = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.all()) {
            if (!j.parentCode().isEmpty()) {
                children.computeIfAbsent(j.parentCode(), k -> new ArrayList<>()).add(j);
            }
        }
        int years = years(docs);
        for (int y = 0; y < years; y++) {
            int year = LAST_YEAR - years + 1 + y;
            int budget = docs / years + (y < docs % years ? 1 : 0);
            for (YearOrder.Entry e : new YearOrder(children, seed, year).entries(budget)) {
                Slot parent = e.parent() == null ? null : plan.byKey.get(key(e.parent(), year, e.pass()));
                Slot s = plan.slot(plan.slots.size(), year, e, parent);
                plan.slots.add(s);
                plan.byKey.put(key(e.jurisdiction(), year, e.pass()), s);
            }
        }
        return plan;
    }

    /** More documents spread over more plan years: about √N/2 years, at most 16. */
    static int years(int docs) {
        return Math.max(1, Math.min(MAX_YEARS, (int) Math.ceil(Math.sqrt(docs) / 2)));
    }

    List<Slot> slots() {
        return slots;
    }

    /** The same jurisdiction's plan of the same kind one year earlier, when the corpus has it. */
    Optional<Slot> previous(Slot s) {
        return Optional.ofNullable(byKey.get(key(s.locality().jurisdiction(), s.year() - 1, s.pass())));
    }

    private static String key(Jurisdiction j, int year, int pass) {
        return j.code() + "/" + year + "/" + pass;
    }

    private Slot slot(int index, int year, YearOrder.Entry e, Slot parent) {
        Random r = Seeds.random(seed, index, 1);
        Jurisdiction j = e.jurisdiction();
        Locality loc = new Locality(j, data, seed);
        String[] kind = kind(loc, e.pass()).split("\\|");
        String title = (loc.national() ? "" : loc.name()) + year + "年" + kind[0];
        boolean covering = loc.national() || r.nextInt(10) < 3;
        String issuer = loc.national() ? Seeds.pick(data.words("national-issuer"), r)
                : loc.name() + Seeds.stable(data.words("coordinator"), seed, j.code() + "/coordinator");
        String notice = covering ? issuer + "关于印发" + title + "的通知" : null;
        LocalDate issued = LocalDate.of(year, 2 + r.nextInt(5), 1 + r.nextInt(28));
        String file = String.format("%03d/%06d_%s_%s_%d.txt", index / 1000, index, j.level().notation(), j.code(), year);
        return new Slot(index, year, e.pass(), loc, parent, title, notice, issuer, number(loc, year, r), kind[1], issued, file);
    }

    private String kind(Locality loc, int pass) {
        if (loc.national()) {
            List<String> kinds = data.words("national-kind");
            return kinds.get(pass % kinds.size());
        }
        if (pass == 0) {
            return Seeds.stable(data.words("local-kind"), seed, loc.jurisdiction().code() + "/kind");
        }
        List<String> kinds = data.words("plan-kind");
        return kinds.get(pass % kinds.size());
    }

    /** 粤工信规划政策〔2023〕12号: the issuing body's code, the year and a sequence unique for that code and year. */
    private String number(Locality loc, int year, Random r) {
        Jurisdiction j = loc.jurisdiction();
        String prefix;
        if (loc.national()) {
            prefix = Seeds.pick(data.words("national-code"), r);
        } else {
            String head = j.level() == Level.PROVINCE ? data.abbreviation(j.code()) : j.shortName().substring(0, 1);
            String office = Seeds.stable(data.words("office"), seed, j.code() + "/office");
            prefix = head + "工信" + office + (r.nextInt(4) == 0 ? "函" : "");
        }
        int seq = sequences.merge(prefix + year, 1 + r.nextInt(4), Integer::sum);
        return prefix + "〔" + year + "〕" + seq + "号";
    }
}
