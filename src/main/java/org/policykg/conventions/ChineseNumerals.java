package org.policykg.conventions;

/** Small Chinese numerals as they appear in outline markers and dates (一 … 九十九, 〇 digits, ①–⑳). */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

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
        int total = 0;
        int digit = 0;
        for (char c : t.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else {
                return -1;
            }
        }
        return total + digit;
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
