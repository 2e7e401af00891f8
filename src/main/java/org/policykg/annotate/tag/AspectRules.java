package org.policykg.annotate.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the aspects of an obligation. The nearest heading that names an aspect wins (its "X方面", else its
 * cue words); then the text's own short lead-in sentence; then the cue words of the whole text. Among cue
 * words a list of three or more aspects (能耗、环保、质量、安全、技术) states the scope and wins; otherwise the
 * most frequent aspect wins and ties keep all. Schedule and reporting cues (进度) decide the text only when it
 * names nothing else. Immutable.
 */
final class AspectRules {

    private static final String FACET = "方面";
    /** A lead-in longer than this is a sentence of the body, not a title. */
    private static final int LEAD_MAX = 40;
    /** A cue followed by an agency suffix is part of an agency name (生态环境局, 环保部门, 质量技术监督主管部门). */
    private static final Pattern AGENCY_TAIL = Pattern.compile("\\p{IsHan}{0,6}?(局|厅|委|部门)");
    /** What may stand between the items of a list. */
    private static final Pattern LIST_GAP = Pattern.compile("[、和及与]?");
    /** A list naming this many aspects states the obligation's scope. */
    private static final int SCOPE_LIST = 3;

    private final LabelIndex cues;
    private final String progress;

    AspectRules(LabelIndex cues, String progress) {
        this.cues = cues;
        this.progress = progress;
    }

    Set<String> aspects(String text, List<String> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            Set<String> named = named(lead(headings.get(i)));
            if (!named.isEmpty()) {
                return named;
            }
        }
        int stop = text.indexOf('。');
        if (stop > 0 && stop <= LEAD_MAX) {
            Set<String> named = named(text.substring(0, stop));
            if (!named.isEmpty()) {
                return named;
            }
        }
        String masked = TextMasks.forCues(text);
        List<LabelIndex.Hit> hits = cues(masked);
        boolean aboutSchedule = hits.removeIf(h -> h.concepts().contains(progress));
        if (hits.isEmpty()) {
            return aboutSchedule ? Set.of(progress) : Set.of();
        }
        return decide(masked, hits);
    }

    /** The aspects a heading or lead-in names: by "X方面" if it has one, else by its cue words. */
    private Set<String> named(String phrase) {
        String masked = TextMasks.forCues(phrase);
        Set<String> facets = new LinkedHashSet<>();
        for (int at = masked.indexOf(FACET); at >= 0; at = masked.indexOf(FACET, at + 1)) {
            LabelIndex.Hit hit = cues.endingAt(masked, at);
            // 能耗、环保方面 and 技术等方面 enumerate: left to the cue count below
            if (hit != null && (hit.start() == 0 || masked.charAt(hit.start() - 1) != '、')) {
                facets.addAll(hit.concepts());
            }
        }
        return facets.isEmpty() ? decide(masked, cues(masked)) : facets;
    }

    /**
     * The cue words of a text, leaving out those that belong to agency names: a cue followed by an agency
     * suffix, with the whole list it ends (环境保护、质量技术监督、安全生产监管等主管部门).
     */
    private List<LabelIndex.Hit> cues(String text) {
        Matcher tail = AGENCY_TAIL.matcher(text);
        List<LabelIndex.Hit> kept = new ArrayList<>();
        for (List<LabelIndex.Hit> list : lists(text, cues.scan(text))) {
            LabelIndex.Hit last = list.get(list.size() - 1);
            // reporting cues are followed by their recipient (报送省经信委): no agency name of their own
            if (last.concepts().contains(progress) || !tail.region(last.end(), text.length()).lookingAt()) {
                kept.addAll(list);
            }
        }
        return kept;
    }

    /** Hits grouped into lists: consecutive hits joined only by 、和及与 (a lone hit is a list of one). */
    private static List<List<LabelIndex.Hit>> lists(String text, List<LabelIndex.Hit> hits) {
        List<List<LabelIndex.Hit>> lists = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            boolean joined = i > 0 && LIST_GAP.matcher(text.substring(hits.get(i - 1).end(), hits.get(i).start()))
                    .matches();
            if (!joined) {
                lists.add(new ArrayList<>());
            }
            lists.get(lists.size() - 1).add(hits.get(i));
        }
        return lists;
    }

    private static Set<String> decide(String text, List<LabelIndex.Hit> hits) {
        Set<String> scope = listedScope(text, hits);
        return scope.isEmpty() ? mostFrequent(hits) : scope;
    }

    /** The aspects of every list naming at least SCOPE_LIST aspects. */
    private static Set<String> listedScope(String text, List<LabelIndex.Hit> hits) {
        Set<String> scope = new LinkedHashSet<>();
        for (List<LabelIndex.Hit> list : lists(text, hits)) {
            Set<String> named = new LinkedHashSet<>();
            list.forEach(h -> named.addAll(h.concepts()));
            if (named.size() >= SCOPE_LIST) {
                scope.addAll(named);
            }
        }
        return scope;
    }

    private static Set<String> mostFrequent(List<LabelIndex.Hit> hits) {
        Map<String, Integer> counts = new HashMap<>();
        hits.forEach(h -> h.concepts().forEach(c -> counts.merge(c, 1, Integer::sum)));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> best = new LinkedHashSet<>();
        counts.forEach((concept, n) -> {
            if (n == max) {
                best.add(concept);
            }
        });
        return best;
    }

    /** A heading's first sentence: a clause heading may carry its body after 。. */
    private static String lead(String heading) {
        int stop = heading.indexOf('。');
        return stop > 0 ? heading.substring(0, stop) : heading;
    }
}
