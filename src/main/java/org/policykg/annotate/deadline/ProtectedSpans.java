package org.policykg.annotate.deadline;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text whose years are not deadlines: titles in 《》 (nested titles included, whatever their
 * brackets), document numbers (粤府〔2018〕128号), standard numbers (GB 21256-2013) and bracketed editions or
 * periods ((2017版), （2019年本）, （2018-2020年）).
 */
final class ProtectedSpans {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("[〔\\[［(（﹝【]\\h*\\d{4}\\h*[〕\\]］)）﹞】]\\h*\\d{1,5}\\h*号", Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile("(?<![A-Za-z])[A-Z]{1,4}(?:/[A-Z]{1,2})?\\h*[-－]?\\h*\\d+(?:[./]\\d+)*\\h*[-－—–]\\h*\\d{4}(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile("[（(]\\h*\\d{4}\\h*(?:[-－—–~～至]\\h*\\d{4}\\h*)?年?\\h*(?:修订版|版|本)?\\h*[）)]", Pattern.UNICODE_CHARACTER_CLASS));

    private ProtectedSpans() {
    }

    static BitSet of(String text) {
        BitSet mask = new BitSet(text.length());
        titles(text, mask);
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                mask.set(m.start(), m.end());
            }
        }
        return mask;
    }

    /** Marks each outermost 《…》; a stray 》 is ignored and an unclosed 《 protects nothing. */
    private static void titles(String text, BitSet mask) {
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == '》' && depth > 0 && --depth == 0) {
                mask.set(open, i + 1);
            }
        }
    }
}
