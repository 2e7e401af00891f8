package org.policykg.annotate.threshold;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.ChineseNumerals;

/** Finds numbers followed by a known unit, with the comparator and rate words written around them. */
final class QuantityScanner {

    // an Arabic number or ratio (1:10), or a Chinese numeral (十五)
    private static final Pattern NUMBER = Pattern.compile(
            "(?<a>\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:[:：](?<b>\\d+(?:\\.\\d+)?))?|(?<c>[零〇一二两三四五六七八九十百]+)");
    private static final String PER = "-PER-";

    private final Vocabulary vocabulary;

    QuantityScanner(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** All quantities outside titles and document numbers, in text order; text has ASCII digits. */
    List<Quantity> scan(String text) {
        boolean[] quoted = TextSpans.titlesAndNumbers(text);
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int consumed = 0;
        while (m.find()) {
            if (m.start() < consumed || quoted[m.start()] || !standsAlone(text, m)) {
                continue;
            }
            Quantity q = quantity(text, m);
            if (q != null && !isDate(text, q)) {
                out.add(q);
                consumed = q.end();
            }
        }
        return out;
    }

    private Quantity quantity(String text, Matcher m) {
        if (m.group("b") != null) {
            BigDecimal a = new BigDecimal(m.group("a"));
            if (a.signum() == 0) {
                return null;
            }
            BigDecimal n = new BigDecimal(m.group("b")).divide(a, MathContext.DECIMAL64);
            return bounded(text, m.start(), m.end(), new Quantity(m.start(), m.end(), m.start(), m.end(), -1, -1,
                    n, "RATIO", null));
        }
        BigDecimal value = m.group("a") != null ? new BigDecimal(m.group("a").replace(",", "")) : chinese(m.group("c"));
        if (value == null) {
            return null;
        }
        int p = m.end();
        String mult = vocabulary.multipliers().at(text, p);
        if (mult != null) {
            value = value.multiply(vocabulary.factor(mult));
            p += mult.length();
        }
        int valueEnd = p;
        int unitStart = TextSpans.skipBlanks(text, p);
        String written = vocabulary.units().at(text, unitStart);
        if (written == null || TextSpans.latinRunOn(text, unitStart, written)) {
            return null;
        }
        Vocabulary.Unit unit = vocabulary.unit(written);
        String normUnit = unit.qudt();
        p = unitStart + written.length();
        if (p < text.length() && (text.charAt(p) == '/' || text.charAt(p) == '／')) {
            String per = vocabulary.denominators().at(text, p + 1);
            if (per != null && !TextSpans.latinRunOn(text, p + 1, per)) {
                normUnit = normUnit.contains(PER) ? normUnit : normUnit + PER + vocabulary.rateQudt("per", per);
                p += 1 + per.length();
            }
        }
        int unitEnd = p;
        if (unit.suffix() != null) {
            Matcher s = unit.suffix().matcher(text).region(p, text.length());
            p = s.lookingAt() ? s.end() : p;
        }
        return bounded(text, m.start(), p, new Quantity(m.start(), p, m.start(), valueEnd, unitStart, unitEnd,
                value, normUnit, null));
    }

    /** Adds the comparator and rate words written before the number and after the unit. */
    private Quantity bounded(String text, int numberStart, int end, Quantity q) {
        Comparator cmp = null;
        int start = numberStart;
        String pre = vocabulary.prefixComparators().endingAt(text, TextSpans.skipBlanksBack(text, start), 0);
        if (pre != null) {
            start = TextSpans.skipBlanksBack(text, start) - pre.length();
            cmp = vocabulary.comparator("prefix", pre);
        }
        String normUnit = q.normUnit();
        String rate = vocabulary.perPrefixes().endingAt(text, start, 0);
        if (rate != null && q.unitStart() >= 0) {
            normUnit = normUnit.contains(PER) ? normUnit : normUnit + PER + vocabulary.rateQudt("per-prefix", rate);
            start -= rate.length();
        }
        int postAt = TextSpans.skipBlanks(text, end);
        String post = vocabulary.postfixComparators().at(text, postAt);
        if (post != null) {
            end = postAt + post.length();
            cmp = cmp != null ? cmp : vocabulary.comparator("postfix", post);
        }
        return new Quantity(start, end, q.valueStart(), q.valueEnd(), q.unitStart(), q.unitEnd(),
                q.normValue(), normUnit, cmp);
    }

    /** Rejects ordinals (第一批), parts of codes and standard numbers (GB 21256-2013), words like 统一. */
    private boolean standsAlone(String text, Matcher m) {
        int s = m.start();
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        int blanksFrom = TextSpans.skipBlanksBack(text, s);
        char beforeBlank = blanksFrom > 0 ? text.charAt(blanksFrom - 1) : ' ';
        if (before == '第' || before == '-' || before == '/' || before == '.' || TextSpans.isLatin(before)
                || (Character.isWhitespace(before) && TextSpans.isLatin(beforeBlank))) {
            return false;
        }
        int e = m.end();
        if (e + 1 < text.length() && (text.charAt(e) == '-' || text.charAt(e) == '—') && Character.isDigit(text.charAt(e + 1))) {
            return false;
        }
        return m.group("c") == null || !TextSpans.isHan(before)
                || vocabulary.prefixComparators().endingAt(text, s, 0) != null
                || vocabulary.perPrefixes().endingAt(text, s, 0) != null
                || vocabulary.role("link").endingAt(text, s, 0) != null
                || vocabulary.role("boundary").endingAt(text, s, 0) != null;
    }

    /** Years (2019年) and days of a month (6月30日) are dates, not quantities. */
    private static boolean isDate(String text, Quantity q) {
        if (q.unitStart() < 0) {
            return false;
        }
        String unit = text.substring(q.unitStart(), q.unitEnd());
        BigDecimal v = q.normValue();
        boolean year = unit.equals("年") && v.scale() <= 0 && v.intValue() >= 1000 && v.intValue() < 3000;
        boolean dayOfMonth = unit.equals("日") && q.valueStart() > 0 && text.charAt(q.valueStart() - 1) == '月';
        return year || dayOfMonth;
    }

    private static BigDecimal chinese(String numeral) {
        int n = ChineseNumerals.parse(numeral.replace('两', '二'));
        return n < 0 ? null : BigDecimal.valueOf(n);
    }
}
