package org.policykg.annotate.obligation;

import java.util.ArrayList;
import java.util.List;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.deadline.DateContext;
import org.policykg.annotate.deadline.DeadlineNormalizer;
import org.policykg.annotate.role.RoleExtractor;

/**
 * Splits a paragraph that assigns several tasks into one stretch per task. Where owner brackets close several
 * sentences (…。（A负责）…。（B牵头，C配合）), each bracket ends a task; where one bracket closes an item, each full
 * sentence of its body is a measure of its own (建立…。组建…。（A负责）), all owed by the bracket's bodies.
 * Otherwise a task starts at a sentence that names who carries it out (区卫生健康委要…。区红十字会要…), or at a
 * sentence or clause with a deadline of its own once the task before it has one (于10月13日前报送…，11月15日前报送…).
 */
final class TaskUnits {

    private static final String STOPS = "。；;！？!?";
    /** A flattened task-division table's header line, ending in its lead and support columns (…牵头单位配合单位). */
    private static final java.util.regex.Pattern COLUMN_HEADER =
            java.util.regex.Pattern.compile("(?:牵头|责任|负责)(?:单位|部门)[\\s\u3000]*(?:配合|协办|协助|参与)(?:单位|部门)[\\s\u3000]*$");

    private final RoleExtractor roles;
    private final DeadlineNormalizer deadlines;

    TaskUnits(RoleExtractor roles, DeadlineNormalizer deadlines) {
        this.roles = roles;
        this.deadlines = deadlines;
    }

    /** Stretches of {@code text} as [start, end) offsets relative to it; the whole text when it holds one task. */
    List<int[]> split(String text, int bodyStart, List<AgencyMention> mentions, DateContext when, boolean rows) {
        List<int[]> whole = List.of(new int[] {0, text.length()});
        if (rows) {
            return lines(text);
        }
        List<int[]> brackets = roles.ownerBrackets(text, mentions);
        if (brackets.size() == 1) {
            return bySentences(text, bodyStart, brackets.get(0)[0]);
        }
        if (brackets.size() > 1) {
            return byBrackets(text, brackets);
        }
        List<int[]> units = new ArrayList<>();
        int unitStart = 0;
        boolean unitDated = false;
        boolean unitOwned = false;
        for (int[] s : pieces(text)) {
            String sentence = text.substring(s[0], s[1]);
            List<AgencyMention> inside = mentions.stream().filter(m -> m.start() >= s[0] && m.end() <= s[1])
                    .map(m -> m.shifted(-s[0])).toList();
            // a body named after a comma is often a partner of the one before (A牵头，B配合): only a full stop starts a body's task
            boolean sentenceStart = s[0] == 0 || STOPS.indexOf(text.charAt(s[0] - 1)) >= 0;
            boolean subject = sentenceStart
                    && roles.extract(sentence, inside).owners().stream().anyMatch(f -> "subject".equals(f.cue()));
            boolean dated = !deadlines.find(sentence, when).isEmpty();
            if (s[0] > unitStart && (subject && unitOwned || dated && unitDated)) {
                units.add(new int[] {unitStart, s[0]});
                unitStart = s[0];
                unitDated = false;
                unitOwned = false;
            }
            unitDated |= dated;
            unitOwned |= subject;
        }
        units.add(new int[] {unitStart, text.length()});
        return units.size() < 2 ? whole : units;
    }

    private static List<int[]> byBrackets(String text, List<int[]> brackets) {
        List<int[]> units = new ArrayList<>();
        int start = 0;
        for (int[] b : brackets.subList(0, brackets.size() - 1)) {
            int cut = Math.min(text.length(), b[1] + 1);
            units.add(new int[] {start, cut});
            start = cut;
        }
        units.add(new int[] {start, text.length()});
        return units;
    }

    /** Whether the text opens with the header line of a task-division table printed as lines, closed by its owner columns. */
    static boolean hasColumnHeader(String text) {
        int nl = text.indexOf('\n');
        return COLUMN_HEADER.matcher(nl < 0 ? text : text.substring(0, nl)).find();
    }

    /** One stretch per line: the header, then one task per row. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Full sentences of an item's body up to its closing bracket; the heading stays with the first. */
    private static List<int[]> bySentences(String text, int bodyStart, int bracket) {
        List<int[]> units = new ArrayList<>();
        int start = 0;
        for (int i = Math.max(0, bodyStart); i < bracket; i++) {
            // a stop right before the bracket closes the last sentence, which the bracket then follows
            if (text.charAt(i) == '。' && i + 2 < bracket) {
                units.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        units.add(new int[] {start, text.length()});
        return units;
    }

    /** Sentences and their comma-separated clauses. */
    private static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (STOPS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '，' || text.charAt(i) == ',') {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }
}
