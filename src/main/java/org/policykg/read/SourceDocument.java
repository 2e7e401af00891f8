package org.policykg.read;

import java.nio.file.Path;
import java.util.List;

/**
 * One source file, turned into text. {@code text} is what every character offset in the graph refers to: the
 * decoded text without a byte-order mark, or the text a format reader laid out. {@code pageStarts} holds, for a
 * paged format (PDF), the offset in {@code text} where each page begins; it is empty otherwise. {@code page} is
 * what a web page's meta tags say of its article ({@link PageMetadata#NONE} for other formats).
 */
public record SourceDocument(Path path, String text, String charset, String sha256, Format format, List<Integer> pageStarts,
                             PageMetadata page) {

    public SourceDocument(Path path, String text, String charset, String sha256) {
        this(path, text, charset, sha256, Format.TEXT, List.of(), PageMetadata.NONE);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** The 1-based page holding this offset, or 0 when the format has no pages. */
    public int pageAt(int offset) {
        int page = 0;
        for (int start : pageStarts) {
            if (start > offset) {
                break;
            }
            page++;
        }
        return page;
    }
}
