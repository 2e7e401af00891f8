package org.policykg.read;

import java.nio.file.Path;
import java.util.List;

/**
/**
 * One source file, turned into text. {@code content} keeps the text as read (decoded without a byte-order mark,
 * or laid out by a format reader), which every character offset in the graph refers to, and the text parsed from
 * it ({@link #text()}, see {@link KeptText}). {@code pageStarts} holds, for a paged format (PDF), the offset in the
 * text as read where each page begins; it is empty otherwise. {@code page} is what a web page's meta tags say of
 * its article ({@link PageMetadata#NONE} for other formats).
 */
public record SourceDocument(Path path, KeptText content, String charset, String sha256, Format format,
                             List<Integer> pageStarts, PageMetadata page) {

    public SourceDocument(Path path, String read, String charset, String sha256, Format format, List<Integer> pageStarts,
                          PageMetadata page) {
        this(path, KeptText.of(read), charset, sha256, format, pageStarts, page);
    }

    public SourceDocument(Path path, String read, String charset, String sha256) {
        this(path, read, charset, sha256, Format.TEXT, List.of(), PageMetadata.NONE);
    }

    /** The text the parsers read: invisible format characters removed, lone CRs as line feeds. */
    public String text() {
        return content.parsed();
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** What tells this file from another of the same name: its normalized absolute path. */
    public String sourcePath() {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The 1-based page holding this offset of the text as read, or 0 when the format has no pages. */
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
