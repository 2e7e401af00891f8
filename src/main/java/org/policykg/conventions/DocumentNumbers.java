package org.policykg.conventions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (发文字号): issuing-body code, year in brackets, sequence and 号. Real text writes the
 * brackets as 〔〕 [] ［］ （） ﹝﹞ 【】 and puts spaces inside; the normalized form is 粤工信规划政策函〔2021〕20号.
 */
public final class DocumentNumbers {

    static final String OPEN = "〔\\[［(（﹝【";
    static final String CLOSE = "〕\\]］)）﹞】";
    private static final Pattern WHOLE = Pattern.compile(
            "^(?<code>[\\p{IsHan}A-Za-z]{1,20})\\s*[" + OPEN + "]\\s*(?<year>\\d{4})\\s*[" + CLOSE + "]\\s*(?<seq>\\d{1,5})\\s*号$");
    /** A 令 number, its year written before the issuer (2019年…令第29号) or after 令 (…令2019年第29号), or absent. */
    private static final Pattern ORDER = Pattern.compile(
            "^(?:(?<before>\\d{4})\\s*年\\s*)?(?<code>[\\p{IsHan}]{1,30}?令)\\s*(?:(?<after>\\d{4})\\s*年\\s*)?第\\s*(?<seq>\\d{1,5})\\s*号$");

    private DocumentNumbers() {
    }

    /** The normalized number when the whole string is one document number, e.g. a number line under a title. */
    public static Optional<String> parseWhole(String s) {
        String t = s.strip();
        Matcher m = WHOLE.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group("code") + "〔" + m.group("year") + "〕" + Integer.parseInt(m.group("seq")) + "号");
        }
        Matcher o = ORDER.matcher(t);
        if (o.matches()) {
            String year = o.group("after") != null ? o.group("after") : o.group("before");
            return Optional.of(o.group("code") + (year == null ? "" : year + "年") + "第" + Integer.parseInt(o.group("seq")) + "号");
        }
        return Optional.empty();
    }
}
