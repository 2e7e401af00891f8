package org.policykg.annotate.threshold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads forwards from a threshold to what it limits (…以下的|文化纸生产线) and an attached …除外 exception. */
final class Subjects {

    record Subject(String text, String exception) {}

    private static final int MAX_SUBJECT = 40;
    private static final String DELIMITERS = "，,。；;：:！？!?（()）\r\n\t “”\"《";
    private static final String TRAILING = "、和或及与的";
    private static final Pattern EXCEPTION = Pattern.compile("[（(]([^（()）]{1,80})[）)]|[，,]([^，,。；;\\n]{1,40})");
    private static final Pattern EXCEPT_WORD = Pattern.compile("(?:除外)+$");

    private final WordList heads;
    private final WordList stops;

    Subjects(Vocabulary vocabulary) {
        heads = vocabulary.role("subject-head");
        stops = vocabulary.role("subject-stop");
    }

    /** The subject written between from and limit; limit is where the next threshold phrase starts. */
    Subject after(String text, int from, int limit) {
        int p = TextSpans.skipBlanks(text, from);
        if (p < limit && text.charAt(p) == '、') {
            p++; // 1万吨/年及以下、以废纸为原料的制浆生产线: another modifier of the same subject follows
        }
        int e = p;
        while (e < limit && e - p < MAX_SUBJECT && DELIMITERS.indexOf(text.charAt(e)) < 0 && stops.at(text, e) == null) {
            e++;
        }
        String s = trimTrailing(text.substring(p, e));
        s = s.substring(s.lastIndexOf('的') + 1);
        int head = heads.lastEnd(s);
        s = head > 0 ? s.substring(0, head) : s;
        return s.isEmpty() ? null : new Subject(s, exceptionAt(text, e));
    }

    /** A modifier shared with the next subject (国产和…进口印染设备 → 国产印染设备), else itself. */
    Subject combine(String modifier, Subject next) {
        if (next == null || next.text().length() <= modifier.length()) {
            return new Subject(modifier, null);
        }
        return new Subject(modifier + next.text().substring(modifier.length()), next.exception());
    }

    /** True when the words contain a product or equipment head, i.e. they name a subject of their own. */
    boolean namesSubject(String words) {
        return heads.lastEnd(words) >= 0;
    }

    private static String trimTrailing(String s) {
        int n = s.length();
        while (n > 0 && TRAILING.indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        return s.substring(0, n);
    }

    private static String exceptionAt(String text, int pos) {
        Matcher m = EXCEPTION.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String body = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        Matcher except = EXCEPT_WORD.matcher(body);
        if (!except.find()) {
            return null;
        }
        String exception = body.substring(0, except.start()).strip();
        return exception.isEmpty() ? null : exception;
    }
}
