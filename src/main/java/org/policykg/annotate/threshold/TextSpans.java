package org.policykg.annotate.threshold;

/** Character-level helpers shared by the scanners; all keep offsets into the caller's text. */
final class TextSpans {

    private TextSpans() {
    }

    /** Full-width digits and dots to ASCII, one char for one char so offsets stay valid. */
    static String asciiDigits(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= '０' && cs[i] <= '９') {
                cs[i] = (char) ('0' + (cs[i] - '０'));
            } else if (cs[i] == '．' && i > 0 && Character.isDigit(cs[i - 1])) {
                cs[i] = '.';
            }
        }
        return new String(cs);
    }

    /** Marks text inside 《》 titles and 〔〕/【】 document-number brackets, whose numbers are no limits. */
    static boolean[] titlesAndNumbers(String text) {
        boolean[] inside = new boolean[text.length()];
        int titles = 0;
        int brackets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                titles++;
            } else if (c == '》') {
                titles = Math.max(0, titles - 1);
            } else if (c == '〔' || c == '【') {
                brackets++;
            } else if (c == '〕' || c == '】') {
                brackets = Math.max(0, brackets - 1);
            }
            inside[i] = titles > 0 || brackets > 0;
        }
        return inside;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    static int skipBlanks(String text, int pos) {
        int p = pos;
        while (p < text.length() && isBlank(text.charAt(p))) {
            p++;
        }
        return p;
    }

    static int skipBlanksBack(String text, int pos) {
        int p = pos;
        while (p > 0 && isBlank(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True when an ASCII word at pos continues into more letters (m in mm, t in tons). */
    static boolean latinRunOn(String text, int pos, String word) {
        int after = pos + word.length();
        return isLatin(word.charAt(word.length() - 1)) && after < text.length() && isLatin(text.charAt(after));
    }
}
