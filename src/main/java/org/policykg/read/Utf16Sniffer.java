package org.policykg.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Guesses the byte order of UTF-16 without a byte-order mark from where its NUL bytes fall: the ASCII characters
 * of a Chinese document (line ends, digits, Latin letters) are a NUL and a byte, so most NULs sit at odd positions
 * in little-endian and at even ones in big-endian (not all: a character U+xx00 such as 一 U+4E00 puts its NUL on
 * the other side). Text in valid UTF-8 or GB18030 never holds NUL, so only bytes with NULs are candidates; the
 * reader then decodes strictly and keeps the result only if it reads as Chinese text.
 */
final class Utf16Sniffer {

    /** The least share of NUL bytes for UTF-16: a document without a single line break or digit is not sniffed. */
    private static final double MIN_NUL_SHARE = 0.01;

    private Utf16Sniffer() {
    }

    /** The UTF-16 byte orders to try, the likelier first; none when the bytes cannot be UTF-16 text. */
    static List<Charset> candidates(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return List.of();
        }
        long even = 0;
        long odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (even + odd < MIN_NUL_SHARE * b.length) {
            return List.of();
        }
        return odd >= even ? List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
    }
}
