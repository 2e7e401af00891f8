package org.policykg.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The source formats PolicyKG reads, told apart by their bytes (magic numbers and markup), never by the file
 * name: a download named .pdf may be a web page, and a .wps is a Word document.
 */
public enum Format {
    TEXT("text/plain", "plain text"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word .docx"),
    WORD97("application/msword", "Word 97-2003 / WPS (OLE2)"),
    PDF("application/pdf", "PDF"),
    HTML("text/html", "HTML");

    private static final int HEAD = 2048;

    private final String mediaType;
    private final String label;

    Format(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The format of these bytes; formats PolicyKG cannot read (a zip that is no Word file, RTF) are refused. */
    static Format sniff(java.nio.file.Path file, byte[] b) {
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return WORD97;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            // the entry name is stored uncompressed, so finding it needs no inflating (a zip bomb stays shut)
            if (indexOf(b, "word/document.xml".getBytes(StandardCharsets.US_ASCII)) >= 0) {
                return DOCX;
            }
            throw new UnreadableDocumentException(file, "a zip archive that is not a Word .docx (no word/document.xml)");
        }
        String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        // PDF readers accept the header anywhere in the first kilobyte
        if (head.substring(0, Math.min(head.length(), 1024)).contains("%pdf-")) {
            return PDF;
        }
        String start = head.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
        if (start.startsWith("{\\rtf")) {
            throw new UnreadableDocumentException(file, "RTF is not supported (save it as .docx or plain text)");
        }
        if (start.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body"))) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
