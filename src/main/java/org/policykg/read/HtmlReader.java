package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page as saved from a government site: the charset from the page's meta (GB2312 and GBK read as their
 * superset GB18030) or, without one, sniffed by strict decoding; the article found by {@link ArticleFinder};
 * the page's meta tags read ({@link PageMetadata}), its title put first when the article itself does not carry it.
 */
final class HtmlReader {

    private static final Set<String> GB = Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "euc-cn", "cp936");

    Extracted read(Path file, byte[] bytes) {
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            String declared = page.charset().name();
            Charset cs = charset(bytes, declared);
            if (!cs.name().equalsIgnoreCase(declared)) {
                page = Jsoup.parse(new ByteArrayInputStream(bytes), cs.name(), "");
            }
            Element article = new ArticleFinder().find(page);
            if (article == null) {
                throw new UnreadableDocumentException(file, "web page without an article (no block of running text found)");
            }
            TextLayout out = new TextLayout();
            PageMetadata meta = PageMetadata.of(page);
            String title = meta.title();
            String head = article.text().replaceAll("\\s+", "");
            if (title != null && !head.substring(0, Math.min(head.length(), 400)).contains(title.replaceAll("\\s+", ""))) {
                out.paragraph(title);
            }
            HtmlBlocks.write(article, out);
            Extracted x = out.build(cs.name());
            return new Extracted(x.text(), x.charset(), x.pageStarts(), meta);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(file, "unreadable web page (" + OneLine.of(e) + ")");
        }
    }

    /** GB2312/GBK pages hold characters only GB18030 names; a page without a declared charset is tried strictly. */
    private static Charset charset(byte[] bytes, String declared) {
        if (GB.contains(declared.toLowerCase(Locale.ROOT))) {
            return TextDecoder.GB18030;
        }
        if (declared.equalsIgnoreCase("UTF-8") && TextDecoder.tryDecode(bytes, StandardCharsets.UTF_8) == null
                && TextDecoder.tryDecode(bytes, TextDecoder.GB18030) != null) {
            return TextDecoder.GB18030;
        }
        return Charset.forName(declared);
    }
}
