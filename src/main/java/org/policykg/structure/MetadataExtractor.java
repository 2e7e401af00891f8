package org.policykg.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.ChineseNumerals;
import org.policykg.conventions.DocumentNumbers;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;
import org.policykg.gazetteer.NationalBodies;
import org.policykg.gazetteer.ProvinceAbbreviations;
import org.policykg.read.Overrides;

/** Derives title, issuer, number, date, jurisdiction, level and plan year from a parsed document. */
public final class MetadataExtractor {

    private static final Pattern DATE = Pattern.compile(
            "(?<y>\\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?<d>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    /** A plan's year, or the first year of the span a multi-year plan covers ((2021-2025年), 2021—2023年). */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|[-－—–~～至到]+\\s*(?:19|20)\\d{2}\\s*年)");
    private static final Pattern ISSUER_IN_TITLE = Pattern.compile("^(?<org>.+?)关于");
    private static final Pattern BODY_END = Pattern.compile("[局厅委办部署院府室会行司]$");
    private static final int HEAD_LINES = 12;

    private final Jurisdictions jurisdictions;
    private final NationalBodies national = NationalBodies.standard();
    private final ProvinceAbbreviations provinces = ProvinceAbbreviations.standard();

    public MetadataExtractor(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public DocumentMetadata extract(ParsedDocument doc, Overrides overrides) {
        DocumentHead h = doc.head();
        Set<String> overridden = new TreeSet<>();
        String title = Optional.ofNullable(pick("title", overrides, overridden, h.title() == null ? null : h.title().text()))
                .orElse(h.attachmentLabel() != null ? h.attachmentLabel() : DocumentMetadata.UNTITLED);
        String alt = h.noticeTitle() == null ? null : h.noticeTitle().text();
        String issuer = pick("issuer", overrides, overridden, issuer(h));
        String given = pick("number", overrides, overridden, h.ownNumber());
        String number = given == null ? null : DocumentNumbers.parseWhole(given).orElse(given);
        LocalDate date = overrides.get("date").map(d -> {
            overridden.add("date");
            return LocalDate.parse(d);
        }).orElseGet(() -> dateOf(h));
        String context = doc.text();
        Jurisdiction j = overrides.get("jurisdiction").map(v -> {
            overridden.add("jurisdiction");
            return jurisdictions.lookup(v, context)
                    .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction '" + v + "' in " + overrides.file()));
        }).orElseGet(() -> jurisdiction(title, alt, issuer, h.signature(), number, context));
        Level level = overrides.get("level").map(v -> {
            overridden.add("level");
            return Level.parse(v);
        }).orElse(j == null ? null : j.level());
        Integer year = overrides.get("year").map(v -> {
            overridden.add("year");
            return Integer.valueOf(v);
        }).orElseGet(() -> yearOf(title));
        return new DocumentMetadata(title, alt, issuer, number, date, j, level, year, overridden);
    }

    private static String pick(String key, Overrides o, Set<String> overridden, String extracted) {
        Optional<String> v = o.get(key);
        v.ifPresent(x -> overridden.add(key));
        return v.orElse(extracted);
    }

    private static String issuer(DocumentHead h) {
        if (h.issuerMark() != null) {
            return h.issuerMark();
        }
        if (h.signature() != null) {
            return h.signature();
        }
        for (Span title : new Span[] {h.noticeTitle(), h.title()}) {
            Matcher m = title == null ? null : ISSUER_IN_TITLE.matcher(title.text());
            // a notice's own title names its issuer (新疆维吾尔自治区质监局关于…的通知); 安徽省关于… names only a place
            if (m != null && m.find() && (title == h.noticeTitle() || BODY_END.matcher(m.group("org")).find())) {
                return m.group("org");
            }
        }
        if (h.printedBy() != null) {
            Matcher m = DATE.matcher(h.printedBy());
            if (m.find() && m.start() > 0) {
                return h.printedBy().substring(0, m.start()).strip();
            }
        }
        return null;
    }

    /**
     * The place the title, the issuer, the signature or the covering notice opens with; else the nation for a national
     * body or number code; else the province a number's abbreviation names (冀工信产业〔2022〕45号 → 河北省).
     */
    private Jurisdiction jurisdiction(String title, String alt, String issuer, String signature, String number, String context) {
        for (String s : new String[] {title, issuer, signature, alt}) {
            if (s != null) {
                Optional<Jurisdiction> j = jurisdictions.atStart(s, context);
                if (j.isPresent()) {
                    return j.get();
                }
            }
        }
        if (national.opensWithName(title) || national.opensWithName(issuer) || national.numberIsNational(number)) {
            return Jurisdiction.NATION;
        }
        return provinces.provinceOf(number).flatMap(p -> jurisdictions.lookup(p, context))
                .or(() -> noticeLine(context).flatMap(l -> jurisdictions.atStart(l, context))).orElse(null);
    }

    /** A head the parser missed (a database's citation header above it): the first early line titled "X关于…". */
    private static Optional<String> noticeLine(String text) {
        return text.lines().limit(HEAD_LINES).map(String::strip).filter(l -> ISSUER_IN_TITLE.matcher(l).find()).findFirst();
    }

    static LocalDate dateOf(DocumentHead h) {
        for (String s : new String[] {h.dateWritten(), h.printedBy()}) {
            if (s != null) {
                Matcher m = DATE.matcher(s);
                if (m.find()) {
                    try {
                        return LocalDate.of(ChineseNumerals.parse(m.group("y")), ChineseNumerals.parse(m.group("m")),
                                ChineseNumerals.parse(m.group("d")));
                    } catch (DateTimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static Integer yearOf(String title) {
        Matcher m = YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
