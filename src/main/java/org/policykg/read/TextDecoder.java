package org.policykg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Plain text: UTF-8 with or without a BOM, UTF-16 with a BOM (or without one, sniffed by {@link Utf16Sniffer}), or GB18030 (a superset of GBK and GB2312), decided
 * by strict decoding rather than by guessing from byte statistics.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static Extracted decode(Path file, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Extracted.unpaged(strict(file, b, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Extracted.unpaged(strict(file, b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Extracted.unpaged(strict(file, b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        for (Charset utf16 : Utf16Sniffer.candidates(b)) {
            String sniffed = tryDecode(b, utf16);
            if (sniffed != null && looksChinese(sniffed)) {
                return Extracted.unpaged(sniffed, utf16.name() + " (no BOM)");
            }
        }
        String utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return Extracted.unpaged(utf8, "UTF-8");
        }
        String gb = tryDecode(b, GB18030);
        if (gb != null && looksChinese(gb)) {
            return Extracted.unpaged(gb, "GB18030");
        }
        throw new UnreadableDocumentException(file, "not valid UTF-8, UTF-16 or GB18030/GBK text");
    }

    private static String strict(Path file, byte[] b, int offset, Charset cs) {
        String s = tryDecode(Arrays.copyOfRange(b, offset, b.length), cs);
        if (s == null) {
            throw new UnreadableDocumentException(file, "invalid " + cs.name() + " byte sequence after byte-order mark");
        }
        return s;
    }

    /** The bytes decoded strictly, or null when they are not valid in this charset. */
    static String tryDecode(byte[] b, Charset cs) {
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
}
