package org.policykg.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Reads plain-text policy documents: UTF-8 with or without a BOM, UTF-16 with a BOM (or without one, sniffed by
 * {@link Utf16Sniffer}), or GB18030 (a superset of GBK and GB2312), decided by strict decoding.
 */
public final class DocumentReader {

    public static final Set<String> EXTENSIONS = Set.of("txt", "text");
    private static final Charset GB18030 = Charset.forName("GB18030");
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
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new UnreadableDocumentException(file, "unsupported format '." + ext + "' (expected plain text: "
                    + String.join(", ", EXTENSIONS) + ")");
        }
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
        Decoded decoded = decode(file, bytes);
        SourceDocument doc = new SourceDocument(file, decoded.text, decoded.charset, sha256(bytes));
        if (doc.text().isBlank()) {
            throw new UnreadableDocumentException(file, "file is empty");
        }
        if (decoded.text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocumentException(file, "binary content (NUL bytes), not a text document");
        }
        return doc;
    }

    private record Decoded(String text, String charset) {}

    private static Decoded decode(Path file, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(file, b, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        for (Charset utf16 : Utf16Sniffer.candidates(b)) {
            String sniffed = tryDecode(b, utf16);
            if (sniffed != null && looksChinese(sniffed)) {
                return new Decoded(sniffed, utf16.name() + " (no BOM)");
            }
        }
        String utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = tryDecode(b, GB18030);
        if (gb != null && looksChinese(gb)) {
            return new Decoded(gb, "GB18030");
        }
        throw new UnreadableDocumentException(file, "not valid UTF-8, UTF-16 or GB18030/GBK text");
    }

    private static String strict(Path file, byte[] b, int offset, Charset cs) {
        String s = tryDecode(java.util.Arrays.copyOfRange(b, offset, b.length), cs);
        if (s == null) {
            throw new UnreadableDocumentException(file, "invalid " + cs.name() + " byte sequence after byte-order mark");
        }
        return s;
    }

    private static String tryDecode(byte[] b, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** GB18030 maps almost every byte string to something; demand mostly common CJK and ASCII. */
    private static boolean looksChinese(String s) {
        long plausible = s.codePoints().filter(c -> c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C || c == 0x201D).count();
        return plausible >= 0.9 * s.codePointCount(0, s.length());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
