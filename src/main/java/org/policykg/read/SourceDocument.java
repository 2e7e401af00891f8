package org.policykg.read;

import java.nio.file.Path;

/**
 * One source file, decoded. {@code content} keeps the decoded text without a byte-order mark, which every
 * character offset in the graph refers to, and the text parsed from it ({@link #text()}, see {@link KeptText}).
 */
public record SourceDocument(Path path, KeptText content, String charset, String sha256) {

    public SourceDocument(Path path, String decoded, String charset, String sha256) {
        this(path, KeptText.of(decoded), charset, sha256);
    }

    /** The text the parsers read: invisible format characters removed, lone CRs as line feeds. */
    public String text() {
        return content.parsed();
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
