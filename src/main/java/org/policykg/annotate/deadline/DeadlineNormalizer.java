package org.policykg.annotate.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds and normalizes the time expressions of Chinese policy text (2022年1月3日前, 4月底前, 每年12月20日前,
 * 5月底至6月初, 2019年第四季度, 全年, 6个月内, 立即, 每季度末, 每月25日前, 到2025年, “十四五”期间, 每季度, 持续推进) following
 * CONVENTIONS.md, "Deadlines". Years inside titles, document numbers and standard numbers are not reported, nor are
 * years without a month or a target cue (2021年度具体工作).
 * Immutable and thread-safe; build one and share it.
 */
public final class DeadlineNormalizer {

    private final MentionScanner scanner;
    private final MentionResolver resolver;
    private final RecurrenceScanner recurrences;
    private final TargetScanner targets;
    private final OngoingScanner ongoing;

    public DeadlineNormalizer() {
        TimeWords words = TimeWords.load();
        this.scanner = new MentionScanner(words);
        this.resolver = new MentionResolver(words);
        this.recurrences = new RecurrenceScanner(words);
        this.targets = new TargetScanner(words);
        this.ongoing = new OngoingScanner(words);
    }

    /** All time expressions of {@code text} in order; offsets are char indices into {@code text}, end exclusive. */
    public List<Deadline> find(String text, DateContext ctx) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DateContext when = ctx == null ? DateContext.none() : ctx;
        List<Deadline> recurring = recurrences.find(text, when);
        List<Deadline> out = new ArrayList<>(recurring);
        resolver.resolve(text, scanner.scan(text), when).stream()
                .filter(d -> recurring.stream().noneMatch(r -> r.start() < d.end() && d.start() < r.end()))
                .forEach(out::add);
        out.addAll(targets.find(text, when));
        out.addAll(ongoing.find(text));
        out.addAll(recurrences.frequencies(text, out));
        out.sort(Comparator.comparingInt(Deadline::start));
        return out;
    }
}
