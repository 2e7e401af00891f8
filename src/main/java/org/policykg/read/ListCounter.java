package org.policykg.read;

import java.util.HashMap;
import java.util.Map;
import org.policykg.conventions.ChineseNumerals;

/**
 * Word's automatic numbering rendered as the marker a reader sees. Word keeps one counter per level of each list;
 * numbering an item at a level advances that level and restarts every deeper one, and the level's text
 * ("%1、", "（%2）", "%3.") is filled with the counters in each level's number format. Not thread-safe: one per
 * document.
 */
final class ListCounter {

    /** One level of a list definition: its number format (OOXML names), text template and first value. */
    record Level(String format, String template, int start) {}

    /** A list definition: up to nine levels. */
    interface Levels {
        Level level(int ilvl);
    }

    private final Map<Object, int[]> counters = new HashMap<>();

    /** The marker of the next item at level {@code ilvl} of list {@code list}, or "" for bullets and unknown lists. */
    String next(Object list, Levels levels, int ilvl) {
        Level own = levels.level(ilvl);
        if (own == null || ilvl < 0 || ilvl > 8) {
            return "";
        }
        int[] c = counters.computeIfAbsent(list, k -> new int[9]);
        c[ilvl] = c[ilvl] == 0 ? own.start() : c[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
            c[deeper] = 0;
        }
        if ("bullet".equals(own.format()) || own.template() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String t = own.template();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            int ref = ch == '%' && i + 1 < t.length() ? t.charAt(i + 1) - '1' : -1;
            if (ref >= 0 && ref <= ilvl) {
                Level l = levels.level(ref);
                int value = c[ref] == 0 && l != null ? l.start() : c[ref];
                out.append(format(l == null ? "decimal" : l.format(), value));
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static String format(String format, int n) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "japaneseCounting", "ideographLegalTraditional" -> ChineseNumerals.counting(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> ChineseNumerals.circled(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "none" -> "";
            default -> String.valueOf(n);
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(d -> b.append((char) (d - '0' + '０')));
        return b.toString();
    }

    /** A, B … Z, AA, BB … as Word repeats the letter. */
    private static String letters(int n, char a) {
        return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] glyphs = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int v = n;
        for (int i = 0; i < values.length; i++) {
            for (; v >= values[i]; v -= values[i]) {
                b.append(glyphs[i]);
            }
        }
        return b.toString();
    }
}
