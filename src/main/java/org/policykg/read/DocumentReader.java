package org.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a policy document in any format PolicyKG knows, chosen by the file's content ({@link Format#sniff}), and
 * lays it out as text the structure parser reads the same way whatever the source: plain text as it is, Word,
 * PDF and web pages as paragraphs per line and tab-laid tables. Thread-safe.
 */
public final class DocumentReader {

    /** The names a folder walk picks up; reading itself goes by content. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "docx", "doc", "wps", "pdf", "html", "htm");
    /** The default size limit per file: far above any policy document, low enough to parse in seconds. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes} with a message stating the limit. */
    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableDocumentException(file, String.format(Locale.ROOT,
                        "file is %.1f MiB, over the limit of %.1f MiB per file (setting policykg.ingest.max-file-size)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(file, "file is empty");
        }
        Format format = Format.sniff(file, bytes);
        Extracted x = switch (format) {
            case TEXT -> TextDecoder.decode(file, bytes);
            case DOCX -> new DocxReader().read(file, bytes);
            case WORD97 -> new Word97Reader().read(file, bytes);
            case PDF -> new PdfReader().read(file, bytes);
            case HTML -> new HtmlReader().read(file, bytes);
        };
        if (x.text().indexOf('\u0000') >= 0) {
            throw new UnreadableDocumentException(file, "binary content (NUL bytes), not a text document");
        }
        SourceDocument doc = new SourceDocument(file, x.text(), x.charset(), sha256(bytes), format, x.pageStarts(), x.page());
        // blank once invisible characters are gone: a file of zero-width spaces is as empty as a 0-byte one
        if (doc.text().isBlank()) {
            throw new UnreadableDocumentException(file, format == Format.TEXT ? "file is empty" : format.label() + " without any text");
        }
        return doc;
    }

    /** Whether a folder walk should pick up this file. */
    public static boolean hasDocumentName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
