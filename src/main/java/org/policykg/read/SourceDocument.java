package org.policykg.read;

import java.nio.file.Path;

/**
 * One source file, decoded. {@code text} is what every character offset in the graph refers to:
 * the decoded text without a byte-order mark.
 */
public record SourceDocument(Path path, String text, String charset, String sha256) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
