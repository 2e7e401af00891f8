package org.policykg.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Tidies text for a table cell: the clause marker goes, and lines broken mid-sentence by the source are rejoined. */
final class Texts {

    private static final Pattern ITEM = Pattern.compile("^(?:[（(]\\s*[0-9一二三四五六七八九十]+\\s*[）)]|[0-9]+[.、．]|[①-⑳])");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;：:！？!?]$");
    private static final Pattern LATIN_END = Pattern.compile("[A-Za-z0-9]$");
    private static final Pattern LATIN_START = Pattern.compile("^[A-Za-z0-9]");

    private Texts() {
    }

    static String withoutMarker(String text, String marker) {
        String t = text.strip();
        return !marker.isEmpty() && t.startsWith(marker) ? t.substring(marker.length()).strip() : t;
    }

    /** Lines rejoined unless a sentence ended or a list item starts; blank lines and indents dropped. */
    static String tidy(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) {
            String s = l.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            if (out.length() > 0) {
                boolean newLine = SENTENCE_END.matcher(out).find() || ITEM.matcher(l).find();
                boolean space = LATIN_END.matcher(out).find() && LATIN_START.matcher(l).find();
                out.append(newLine ? "\n" : space ? " " : "");
            }
            out.append(l);
        }
        return out.toString();
    }

    /** Chinese numerals for group numbers: 1 → 一, 12 → 十二, 23 → 二十三. */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
