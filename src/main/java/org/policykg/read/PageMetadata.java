package org.policykg.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policykg.conventions.Tsv;

/**
 * What a web page says about its article in its meta tags (conventions/page-metadata.tsv): the title, the date
 * it was published and the source it names. Each may be null; {@link #NONE} for files that are no web page.
 */
public record PageMetadata(String title, LocalDate published, String publisher) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null);

    /** Meta name (lower case) → field, in the file's order; read once. */
    private static final List<Map.Entry<String, String>> TAGS = Tsv.classpath("conventions/page-metadata.tsv").stream()
            .map(r -> Map.entry(r.get("meta").toLowerCase(Locale.ROOT), r.get("field"))).toList();
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/年.](\\d{1,2})[-/月.](\\d{1,2})");

    static PageMetadata of(Document page) {
        return new PageMetadata(first(page, "title"), date(first(page, "published")), first(page, "publisher"));
    }

    private static String first(Document page, String field) {
        for (Map.Entry<String, String> tag : TAGS) {
            if (!tag.getValue().equals(field)) {
                continue;
            }
            for (Element m : page.select("meta[name], meta[property]")) {
                String name = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).toLowerCase(Locale.ROOT);
                if (name.equals(tag.getKey()) && !m.attr("content").isBlank()) {
                    return m.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static LocalDate date(String s) {
        Matcher m = s == null ? null : DATE.matcher(s);
        if (m == null || !m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
