package org.policykg.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's article without rules for any one site: page furniture (scripts, navigation, header, footer,
 * forms, and blocks whose id or class names a menu, breadcrumb, share bar or footer) is removed, then every block
 * of running text scores its length, less the text inside links, for itself, its parent and half of it for its
 * grandparent. The best-scoring container is the article; of equal scores the smaller block.
 */
final class ArticleFinder {

    private static final String FURNITURE = "script, style, noscript, template, iframe, nav, header, footer, aside, form, "
            + "select, button, input, textarea, [role=navigation], [aria-hidden=true]";
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|share|footer|foot|header|sidebar|copyright|toolbar|location|position|weizhi)([-_\\s]|$)");
    private static final Set<String> TABLE_PARTS = Set.of("tr", "tbody", "thead", "table");
    private static final Set<String> INLINE = Set.of("span", "font", "b", "strong", "a", "em", "i", "u");
    /** Less running text than this is no article (a page of links, an error page). */
    private static final int MIN_TEXT = 100;

    Element find(Document page) {
        Element body = page.body();
        body.select(FURNITURE).remove();
        body.select("[id], [class]").stream()
                .filter(e -> FURNITURE_NAME.matcher(e.id()).find() || FURNITURE_NAME.matcher(e.className()).find())
                .toList().forEach(Element::remove);
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : body.select("p, td, pre, div, li, h1, h2, h3, h4, section, article")) {
            double own = ownTextLength(block) - 2.0 * linkTextLength(block);
            if (own < 10) {
                continue;
            }
            // the block itself counts too: some sites write the article as one block broken by <br>
            scores.merge(block, own, Double::sum);
            Element parent = block.parent();
            if (parent != null) {
                scores.merge(parent, own, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, own / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().filter(e -> e.getValue() >= MIN_TEXT / 2.0)
                .max(Map.Entry.<Element, Double>comparingByValue()
                        .thenComparing(e -> -e.getKey().text().length())).map(Map.Entry::getKey)
                .filter(e -> e.text().length() >= MIN_TEXT).map(ArticleFinder::widen).orElse(null);
    }

    /**
     * A data table's cells score its rows: when rows win, the article is the block holding the whole table. A cell
     * that wins holds the paragraphs itself (an old site laid out with tables) and is the article.
     */
    private static Element widen(Element e) {
        Element a = e;
        while (a.parent() != null && TABLE_PARTS.contains(a.tagName())) {
            a = a.parent();
        }
        return a;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (org.jsoup.nodes.Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            } else if (c instanceof Element el && INLINE.contains(el.tagName())) {
                n += el.text().strip().length();
            }
        }
        return n;
    }

    private static int linkTextLength(Element e) {
        return e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }

}
