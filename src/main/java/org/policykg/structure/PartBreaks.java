package org.policykg.structure;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.DocumentNumbers;
import org.policykg.conventions.Tsv;

/**
 * Finds where the non-body parts of an official document start inside a flattened line: paragraph indents, the
 * document number (文号) running into the text, the addressees (主送) ending in a colon, the signature and date,
 * and the cues of conventions/inline-breaks.tsv (附件, contact lines, publicity note, web footers).
 */
final class PartBreaks {

    /** Two full-width spaces indent a paragraph (GB/T 9704-2012 §5.2.1); exports keep them when they drop the breaks. */
    private static final Pattern INDENT = Pattern.compile("(?<!\\u3000)\\u3000{2,}");
    private static final Pattern DATE = Pattern.compile("(?:\\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})"
            + "\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    /** A date in a sentence goes on (自…日起, …日前, …日印发); a signature date does not. */
    private static final String SENTENCE_AFTER_DATE = "，、,的起前后至止以在印召";
    private static final Pattern TITLE_END = Pattern.compile("的(?:通知|函|意见|决定|批复|通报|报告|请示)");
    private static final Pattern ADDRESSEE_END = Pattern.compile("(?:单位|部门|机构|公司|集团)$");
    private static final String PUNCTUATION_AFTER_NOTE = "。，、；：,;:.）)”";
    private static final String BEFORE_SIGNATURE = "。；！？）)”";

    private record Cue(Pattern pattern, boolean afterHanToo, boolean breakAfter) {}

    private final DocumentParts parts;
    private final List<Cue> cues;

    PartBreaks(DocumentParts parts) {
        this.parts = parts;
        this.cues = Tsv.classpath("conventions/inline-breaks.tsv").stream()
                .map(PartBreaks::cue).toList();
    }

    private static Cue cue(Map<String, String> row) {
        return new Cue(Pattern.compile(row.get("pattern")), "any".equals(row.get("after")), "after".equals(row.get("at")));
    }

    void find(String s, TreeSet<Integer> breaks) {
        INDENT.matcher(s).results().forEach(r -> breaks.add(r.start()));
        for (Cue c : cues) {
            c.pattern().matcher(s).results()
                    .filter(r -> c.afterHanToo() || r.start() == 0 || !Character.isIdeographic(s.charAt(r.start() - 1)))
                    .filter(r -> !c.breakAfter() || r.end() < s.length() && PUNCTUATION_AFTER_NOTE.indexOf(s.charAt(r.end())) < 0)
                    .forEach(r -> breaks.add(c.breakAfter() ? r.end() : r.start()));
        }
        numbers(s, breaks);
        signatures(s, breaks);
        addressees(s, breaks);
    }

    /** A number opening a line (国办发〔2016〕85号当前，…) ends its own line. */
    private void numbers(String s, TreeSet<Integer> breaks) {
        for (int start : withStart(breaks)) {
            int from = skipBlanks(s, start);
            int sign = s.indexOf('号', from);
            if (sign > from && sign - from <= 30 && sign + 1 < s.length()
                    && DocumentNumbers.parseWhole(s.substring(from, sign + 1)).isPresent()) {
                breaks.add(sign + 1);
            }
        }
    }

    /** Issuers and date after the last sentence (…。国务院办公厅2016年11月20日) stand on lines of their own. */
    private void signatures(String s, TreeSet<Integer> breaks) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            boolean date = parts.match(m.group()).map(p -> p.part() == DocumentParts.Part.DATE).orElse(false);
            int end = m.end();
            if (!date || end < s.length() && SENTENCE_AFTER_DATE.indexOf(s.charAt(end)) >= 0) {
                continue;
            }
            int run = m.start();
            while (run > 0 && Character.isIdeographic(s.charAt(run - 1))) {
                run--;
            }
            String issuers = s.substring(run, m.start());
            boolean signed = !issuers.isEmpty() && TitleBlock.looksLikeOrganization(issuers.substring(Math.max(0, issuers.length() - 20)))
                    && (run == 0 || BEFORE_SIGNATURE.indexOf(s.charAt(run - 1)) >= 0 || opensLine(s, run, breaks));
            if (signed) {
                breaks.add(run);
                breaks.add(m.start());
            }
            if ((signed || opensLine(s, m.start(), breaks)) && end < s.length()) {
                breaks.add(end);
            }
        }
    }

    /** A colon closing a list of bodies (…各有关部门：) ends the addressees, which follow the title (…的通知). */
    private void addressees(String s, TreeSet<Integer> breaks) {
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch != '：' && ch != ':' || c + 1 >= s.length()) {
                continue;
            }
            int from = chunkStart(s, c, breaks);
            Matcher t = TITLE_END.matcher(s).region(from, c);
            int title = -1;
            while (t.find()) {
                title = t.end();
            }
            int start = title >= 0 ? title : from;
            if (!insideBrackets(s, from, c) && isAddresseeList(s.substring(start, c))) {
                if (title >= 0) {
                    breaks.add(title);
                }
                breaks.add(c + 1);
            }
        }
    }

    /** A colon inside brackets opens a note (（责任单位：…）), not the body. */
    private static boolean insideBrackets(String s, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            depth += ch == '（' || ch == '(' ? 1 : ch == '）' || ch == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static boolean isAddresseeList(String chunk) {
        String[] names = chunk.strip().split("[、，,]");
        if (chunk.isBlank() || chunk.length() > 400) {
            return false;
        }
        for (String n : names) {
            if (n.isBlank() || n.length() > 40) {
                return false;
            }
        }
        String lastName = names[names.length - 1].strip();
        return TitleBlock.looksLikeOrganization(lastName) || ADDRESSEE_END.matcher(lastName).find();
    }

    private static int chunkStart(String s, int c, TreeSet<Integer> breaks) {
        Integer b = breaks.lower(c);
        int from = b == null ? 0 : b;
        for (int k = c - 1; k >= from; k--) {
            if ("。；！？;!?".indexOf(s.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return from;
    }

    private static TreeSet<Integer> withStart(TreeSet<Integer> breaks) {
        TreeSet<Integer> all = new TreeSet<>(breaks);
        all.add(0);
        return all;
    }

    private static boolean opensLine(String s, int at, TreeSet<Integer> breaks) {
        int p = at - 1;
        while (p >= 0 && Line.isBlank(s.charAt(p))) {
            p--;
        }
        Integer b = breaks.floor(at);
        return p < 0 || b != null && b > p;
    }

    private static int skipBlanks(String s, int k) {
        while (k < s.length() && Line.isBlank(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
