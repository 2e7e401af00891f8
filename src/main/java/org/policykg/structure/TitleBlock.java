package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.DocumentNumbers;

/**
 * The title block (发文机关标志, 发文字号, 标题, 主送机关) and the covering-notice convention, where a
 * notice "关于印发X的通知" is followed by the plan X itself under its own title line.
 */
final class TitleBlock {

    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(人民政府|政府|委员会|领导小组|工作小组|协调小组|小组|办公室|办公厅|厅|局|委|部|署|院|办|中心|支行|分行|分局|管委会|文件)$");
    private static final Pattern TITLE_WORDS = Pattern.compile("关于|方案|计划|要点|意见|通知|办法|规定|细则|决定|报告|函|规划|分工表|清单|目录|纲要|公告");
    private static final Pattern NOTICE = Pattern.compile("关于(?:印发|转发|下发|发布|调整)(?<inner>.+?)的(?:通知|函)$");
    private static final Pattern BRACKETED = Pattern.compile("^[（(](.+)[）)]$");
    /** A long line is still a title when it ends like one (…实施意见的通知). */
    private static final Pattern LONG_TITLE = Pattern.compile("(?:通知|意见|方案|办法|决定|规定|细则|计划|规划|函|报告|批复)$");
    private static final String CLOSED_END = "。！？；：:;!?”」』）)";

    private final OutlineMarkers markers;
    private final DocumentParts parts;

    TitleBlock(OutlineMarkers markers, DocumentParts parts) {
        this.markers = markers;
        this.parts = parts;
    }

    /** Reads the head and returns the index of the first body line. */
    int read(List<Line> lines, String text, HeadBuilder head) {
        List<Line> block = new ArrayList<>();
        int numberAt = -1;
        int k = 0;
        for (; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank() && !l.tabbed()) {
                continue;
            }
            String c = l.content();
            Optional<DocumentParts.Match> part = parts.match(c);
            if (block.isEmpty() && head.attachmentLabel == null && part.map(p -> p.part() == DocumentParts.Part.ATTACHMENT_LABEL).orElse(false)) {
                head.attachmentLabel = part.get().value().replaceAll("\\s+", "");
                continue;
            }
            if (part.map(p -> p.part() == DocumentParts.Part.EXPORT_NOTE).orElse(false)) {
                continue;
            }
            // databases print the number in brackets under the title: （皖政办秘〔2021〕82号）
            Optional<String> number = DocumentNumbers.parseWhole(c).or(() -> DocumentNumbers.parseWhole(BRACKETED.matcher(c).replaceAll("$1")));
            if (number.isPresent() && head.ownNumber == null) {
                head.ownNumber = number.get();
                numberAt = block.size();
                continue;
            }
            if (l.tabbed() || markers.match(c).isPresent() || part.isPresent() || isSentence(c)
                    || c.endsWith("：") || c.endsWith(":") || c.length() > (LONG_TITLE.matcher(c).find() ? 120 : 60)) {
                break;
            }
            // databases repeat the title line (an issuer's name may repeat below the number: keep it)
            if (block.isEmpty() || !TITLE_WORDS.matcher(c).find() || !sameTitle(block.get(block.size() - 1).content(), c)) {
                block.add(l);
            }
        }
        assign(block, text, head, numberAt);
        if (k < lines.size() && isAddressees(lines.get(k).content())) {
            Line a = lines.get(k);
            head.addressees = new Span(a.content().substring(0, a.content().length() - 1), a.contentStart(), a.contentEnd() - 1);
            k++;
        }
        return k;
    }

    /**
     * Splits the block into the issuing-body mark and the title. The mark stands above the document number
     * (GB/T 9704-2012 §7.2), so below the number a body's name is the first line of the title
     * (某县人民政府办公室 / 关于印发…的通知); without a number, leading names are the mark.
     */
    private void assign(List<Line> block, String text, HeadBuilder head, int numberAt) {
        int marks = numberAt >= 0 ? Math.min(numberAt, block.size() - 1) : block.size() - 1;
        int first = 0;
        while (first < marks && looksLikeOrganization(block.get(first).content())
                && !TITLE_WORDS.matcher(block.get(first).content()).find()) {
            head.issuerMark = strip(block.get(first).content()).replaceAll("文件$", "");
            first++;
        }
        if (first < block.size()) {
            Line a = block.get(first);
            Line b = block.get(block.size() - 1);
            String title = normalizeTitle(text.substring(a.contentStart(), b.contentEnd()));
            head.title = new Span(title, a.contentStart(), b.contentEnd());
        }
    }

    /** After a covering notice, the line that repeats the plan's title; -1 when the document is no such notice. */
    int embeddedPlanTitle(List<Line> lines, int body, HeadBuilder head) {
        if (head.title == null) {
            return -1;
        }
        Matcher m = NOTICE.matcher(head.title.text());
        if (!m.find()) {
            return -1;
        }
        String inner = compact(m.group("inner"));
        for (int k = body; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (!l.blank() && !l.tabbed() && compact(l.content()).equals(inner)) {
                head.noticeTitle = head.title;
                head.title = new Span(normalizeTitle(l.content()), l.contentStart(), l.contentEnd());
                return k;
            }
        }
        return -1;
    }

    private static boolean isAddressees(String c) {
        return (c.endsWith("：") || c.endsWith(":")) && c.length() > 2 && c.length() < 400 && !c.contains("。");
    }

    static boolean isSentence(String c) {
        return c.contains("。") || c.endsWith("；") || c.endsWith("！") || c.endsWith("？");
    }

    static boolean endsClosed(String c) {
        return !c.isEmpty() && CLOSED_END.indexOf(c.charAt(c.length() - 1)) >= 0;
    }

    static boolean looksLikeOrganization(String c) {
        return c.length() <= 40 && ORG_SUFFIX.matcher(strip(c)).find();
    }

    /**
     * Joint issuers whose separating gaps a flattening export dropped (X厅Y委Z局): a run of names without
     * punctuation that ends in a body's name. Only meaningful where a date line follows, as in a signature.
     */
    static boolean looksLikeJointIssuers(String c) {
        String t = strip(c);
        return t.length() <= 400 && !t.matches(".*[，。；：、,;:（）()“”《》].*") && ORG_SUFFIX.matcher(t).find();
    }

    /** The run-in heading of an item: its first sentence when short, or the whole line when it has no sentence. */
    static String heading(String rest) {
        String r = rest.strip();
        int stop = r.indexOf('。');
        if (stop > 0 && stop <= 40) {
            return r.substring(0, stop);
        }
        return stop < 0 && r.length() <= 60 ? r : null;
    }

    /** An item whose text is only its heading, so what follows it is its body. */
    static boolean isHeadingOnly(String clauseText, String marker) {
        String rest = marker == null ? clauseText : clauseText.substring(Math.min(clauseText.length(), marker.length())).strip();
        int stop = rest.indexOf('。');
        return rest.length() <= 60 && (stop < 0 || stop == rest.length() - 1);
    }

    /** Titles lose the spaces that exports put between Chinese text and numbers. */
    static String normalizeTitle(String s) {
        return s.replaceAll("[\\s\\u3000]*\\n[\\s\\u3000]*", "")
                .replaceAll("(?<=[\\p{IsHan}\\d])[ \\u3000\\u00A0]+(?=[\\p{IsHan}\\d])", "")
                .strip();
    }

    /** The same title written with full- or half-width brackets and dashes. */
    private static boolean sameTitle(String a, String b) {
        return widthless(a).equals(widthless(b));
    }

    private static String widthless(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\\-—–~]", "");
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000《》〈〉]", "");
    }

    private static String strip(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }
}
