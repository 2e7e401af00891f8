package org.policykg.conventions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small Chinese numerals as they appear in outline markers and dates (一 … 九十九, 〇 digits, ①–⑳). */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** 百 and 十 each at most once and in that order, 零 only between 百 and a unit (一百零五): 十十 is no numeral. */
    private static final Pattern COMPOUND = Pattern.compile(
            "^(?<hundred>(?<h>[一二三四五六七八九])?百)?(?<zero>零)?(?<ten>(?<t>[一二三四五六七八九])?十)?(?<unit>[一二三四五六七八九])?$");

    private ChineseNumerals() {
    }

    /** Parses 3, 十二, 二十一, 一百零五, 二〇二一, ⑦; returns -1 when the text is not a numeral. */
    public static int parse(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return -1;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? -1 : Integer.parseInt(t);
        }
        if (t.length() == 1 && CIRCLED.indexOf(t.charAt(0)) >= 0) {
            return CIRCLED.indexOf(t.charAt(0)) + 1;
        }
        if (!t.contains("十") && !t.contains("百")) {
            return positional(t);
        }
        Matcher m = COMPOUND.matcher(t);
        if (!m.matches() || m.group("zero") != null && (m.group("hundred") == null || m.group("ten") != null || m.group("unit") == null)) {
            return -1;
        }
        return (m.group("hundred") == null ? 0 : times(m.group("h")) * 100)
                + (m.group("ten") == null ? 0 : times(m.group("t")) * 10)
                + (m.group("unit") == null ? 0 : digit(m.group("unit").charAt(0)));
    }

    /** Writes 1 … 999 as counted in Chinese (一, 十二, 二十一, 一百零五), the inverse of {@link #parse}; other values as digits. */
    public static String counting(int n) {
        if (n <= 0 || n > 999) {
            return String.valueOf(n);
        }
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(DIGITS.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                b.append('零');
            }
        }
        if (t > 0) {
            b.append(t == 1 && h == 0 ? "" : String.valueOf(DIGITS.charAt(t))).append('十');
        }
        if (u > 0) {
            b.append(DIGITS.charAt(u));
        }
        return b.toString();
    }

    /** ① … ⑳, or the digits beyond twenty. */
    public static String circled(int n) {
        return n >= 1 && n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : String.valueOf(n);
    }

    /** The multiplier before 百 or 十: 十二 is 1 × 10 + 2. */
    private static int times(String d) {
        return d == null ? 1 : digit(d.charAt(0));
    }

    /** 二〇二一 → 2021: one digit per character. */
    private static int positional(String t) {
        int v = 0;
        for (char c : t.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int digit(char c) {
        if (c == '零' || c == '○' || c == 'Ｏ' || c == 'O') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
