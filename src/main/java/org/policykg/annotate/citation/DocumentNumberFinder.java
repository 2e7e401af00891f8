package org.policykg.annotate.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers (发文字号) in running text: code〔year〕sequence号 with any of the brackets real text uses
 * and blanks or line breaks inside, and numbered orders and announcements (…令 第29号, …公告2016年第50号).
 * Thread-safe.
 */
public final class DocumentNumberFinder {

    /**
     * One number. {@code written} is the input from {@code start} to {@code end}; {@code code} is the issuing-body
     * code (工信部联产业) or, for orders and announcements, the issuer with 令/公告; {@code year} is 0 when the number
     * has none (国家发展改革委令第29号).
     */
    public record Match(String written, String normalized, String code, int year, int sequence, int start, int end) {
    }

    private enum Type { BRACKETED, ISSUE_BEFORE, ISSUE_AFTER }

    private record Anchor(Type type, int start, int end, String year, String seq, String kind) {
    }

    private static final int CODE_SCAN = 20;
    private static final int ISSUER_SCAN = 30;
    // input is folded first, so ［］ （） read as [] ()
    private static final Pattern BRACKETED = Pattern.compile(
            "[〔\\[(﹝【〖]\\s*(?<year>\\d{4})\\s*[〕\\])﹞】〗]\\s*(?:第\\s*)?(?<seq>\\d{1,5})\\s*号");
    private static final Pattern ISSUE_BEFORE = Pattern.compile(
            "(?<kind>令|公告)\\s*(?:(?<year>\\d{4})\\s*年\\s*)?第\\s*(?<seq>\\d{1,5})\\s*号");
    private static final Pattern ISSUE_AFTER = Pattern.compile(
            "(?<!\\d)(?:(?<year>\\d{4})\\s*年\\s*)?第\\s*(?<seq>\\d{1,5})\\s*号\\s*(?<kind>令|公告)");
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{IsHan}A-Za-z]+〔(?<year>\\d{4})〕[1-9]\\d*号");
    private static final Pattern WELL_FORMED_ISSUE = Pattern.compile("[\\p{IsHan}A-Za-z]*(?:令|公告)(?<year>\\d{4})年第[1-9]\\d*号");

    private final ContextWords context;

    public DocumentNumberFinder() {
        this(ContextWords.standard());
    }

    DocumentNumberFinder(ContextWords context) {
        this.context = context;
    }

    /**
     * Whether a normalized number has the shape code〔YYYY〕N号 (or …令YYYY年第N号 / …公告YYYY年第N号) with a
     * non-empty code and a plausible year.
     */
    public static boolean isWellFormed(String normalized) {
        if (normalized == null) {
            return false;
        }
        Matcher m = WELL_FORMED.matcher(normalized);
        if (!m.matches()) {
            m = WELL_FORMED_ISSUE.matcher(normalized);
            if (!m.matches()) {
                return false;
            }
        }
        return plausibleYear(Integer.parseInt(m.group("year")));
    }

    static boolean plausibleYear(int year) {
        return year >= 1949 && year <= 2100;
    }

    /** Every document number in the text, in text order, none overlapping. */
    public List<Match> find(String text) {
        String f = TextFold.fold(text);
        List<Anchor> anchors = new ArrayList<>();
        collect(f, BRACKETED, Type.BRACKETED, anchors);
        collect(f, ISSUE_BEFORE, Type.ISSUE_BEFORE, anchors);
        collect(f, ISSUE_AFTER, Type.ISSUE_AFTER, anchors);
        anchors.sort(Comparator.comparingInt(Anchor::start));
        List<Match> found = new ArrayList<>();
        int floor = 0;
        for (Anchor a : anchors) {
            if (a.start() < floor) {
                continue;
            }
            Match m = a.type() == Type.BRACKETED ? bracketed(text, f, a, floor) : issue(text, f, a, floor);
            if (m != null) {
                found.add(m);
                floor = m.end();
            }
        }
        return found;
    }

    private static void collect(String f, Pattern p, Type type, List<Anchor> into) {
        Matcher m = p.matcher(f);
        while (m.find()) {
            String kind = type == Type.BRACKETED ? null : m.group("kind");
            into.add(new Anchor(type, m.start(), m.end(), m.group("year"), m.group("seq"), kind));
        }
    }

    private Match bracketed(String text, String f, Anchor a, int floor) {
        int year = Integer.parseInt(a.year());
        int seq = Integer.parseInt(a.seq());
        int runEnd = skipBlanksBack(f, a.start(), floor);
        String code = context.strip(f.substring(runStart(f, runEnd, floor, CODE_SCAN), runEnd));
        if (code.isEmpty() || seq == 0 || !plausibleYear(year)) {
            return null;
        }
        int start = runEnd - code.length();
        return new Match(text.substring(start, a.end()), code + "〔" + year + "〕" + seq + "号", code, year, seq,
                start, a.end());
    }

    /** An order or announcement; the issuer's year may stand before it (2019年中华人民共和国…令 第29号). */
    private Match issue(String text, String f, Anchor a, int floor) {
        int seq = Integer.parseInt(a.seq());
        int runEnd = skipBlanksBack(f, a.start(), floor);
        int runStart = runStart(f, runEnd, floor, ISSUER_SCAN);
        String run = f.substring(runStart, runEnd);
        String leadingYear = null;
        int start;
        int yearStart = run.startsWith("年") ? yearBefore(f, runStart, floor) : -1;
        if (yearStart >= 0) {
            start = yearStart;
            leadingYear = f.substring(start, start + 4);
            run = context.strip(run.substring(1));
        } else {
            run = context.strip(run);
            start = run.isEmpty() ? a.start() : runEnd - run.length();
        }
        String yearText = a.year() != null ? a.year() : leadingYear;
        int year = yearText == null ? 0 : Integer.parseInt(yearText);
        if (seq == 0 || (yearText != null && !plausibleYear(year))) {
            return null;
        }
        String code = run + a.kind();
        String normalized = code + (yearText == null ? "" : year + "年") + "第" + seq + "号";
        return new Match(text.substring(start, a.end()), normalized, code, year, seq, start, a.end());
    }

    /** Start of four digits (then blanks) right before {@code at}, or -1. */
    private static int yearBefore(String f, int at, int floor) {
        int d = skipBlanksBack(f, at, floor);
        int s = d - 4;
        if (s < floor) {
            return -1;
        }
        for (int i = s; i < d; i++) {
            if (!isDigit(f.charAt(i))) {
                return -1;
            }
        }
        return s > 0 && isDigit(f.charAt(s - 1)) ? -1 : s;
    }

    private static int skipBlanksBack(String f, int at, int floor) {
        int i = at;
        while (i > floor && Character.isWhitespace(f.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int runStart(String f, int end, int floor, int max) {
        int i = end;
        while (i > floor && end - i < max && isCodeChar(f.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isCodeChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
