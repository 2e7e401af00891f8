package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    /** A paragraph in the register of the sample plans (Han, full-width punctuation, 〔〕 numbers). */
    private static final String PARAGRAPH = "为贯彻落实《关于利用综合标准依法依规推动落后产能退出的指导意见》"
            + "（工信部联产业〔2017〕30号）要求，结合本地实际，依法依规推动落后产能关停退出，特制定本计划。\n"
            + "一、总体要求\n以钢铁、水泥、平板玻璃等行业为重点，促使一批能耗、环保、安全、技术达不到标准的产能退出。\n";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void shouldReadUtf8WithoutBom() throws IOException {
        SourceDocument doc = reader.read(write("plan.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.fileName()).isEqualTo("plan.txt");
    }

    @Test
    void shouldDropUtf8BomFromTextAndNameItInCharset() throws IOException {
        SourceDocument doc = reader.read(write("plan.txt", concat(UTF8_BOM, PARAGRAPH.getBytes(StandardCharsets.UTF_8))));

        assertThat(doc.text()).isEqualTo(PARAGRAPH).doesNotContain("\uFEFF");
        assertThat(doc.charset()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void shouldReadUtf16LittleEndianWithBom() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        SourceDocument doc = reader.read(write("plan.txt", concat(bom, PARAGRAPH.getBytes(StandardCharsets.UTF_16LE))));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void shouldReadUtf16BigEndianWithBom() throws IOException {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        SourceDocument doc = reader.read(write("plan.txt", concat(bom, PARAGRAPH.getBytes(StandardCharsets.UTF_16BE))));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void shouldRejectTruncatedUtf16AfterBom() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] utf16 = PARAGRAPH.getBytes(StandardCharsets.UTF_16LE);
        Path file = write("plan.txt", concat(bom, Arrays.copyOf(utf16, utf16.length - 1)));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("byte-order mark");
    }

    @Test
    void shouldDecodeGbkBytesAsGb18030() throws IOException {
        SourceDocument doc = reader.read(write("plan.txt", PARAGRAPH.getBytes(Charset.forName("GBK"))));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.charset()).isEqualTo("GB18030");
    }

    /** Whole documents, tables and all, must stay above the "looks Chinese" threshold. */
    @Test
    void shouldDecodeEverySampleDocumentReEncodedAsGbk() throws IOException {
        Charset gbk = Charset.forName("GBK");
        List<Path> samples = sampleDocuments();
        int checked = 0;
        for (Path sample : samples) {
            String text = reader.read(sample).text();
            if (!gbk.newEncoder().canEncode(text)) {
                continue;
            }
            SourceDocument doc = reader.read(write("gbk-" + sample.getFileName(), text.getBytes(gbk)));

            assertThat(doc.text()).as(sample.toString()).isEqualTo(text);
            assertThat(doc.charset()).as(sample.toString()).isEqualTo("GB18030");
            checked++;
        }
        assertThat(checked).as("samples representable in GBK").isPositive();
    }

    @Test
    void shouldRejectRandomBinaryWithOneLineMessageNamingFileAndReason() throws IOException {
        byte[] noise = new byte[4096];
        new Random(20240601L).nextBytes(noise);
        Path file = write("noise.txt", noise);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("not valid UTF-8, UTF-16 or GB18030")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n", "\r");
    }

    @Test
    void shouldRejectNulBytesAsBinary() throws IOException {
        Path file = write("nul.txt", "abc\u0000def".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("binary");
    }

    @Test
    void shouldRejectEmptyFile() throws IOException {
        Path file = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(file + ": file is empty");
    }

    @Test
    void shouldRejectWhitespaceOnlyFileAsEmpty() throws IOException {
        Path file = write("blank.txt", concat(UTF8_BOM, " \t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(file + ": file is empty");
    }

    @Test
    void shouldReadTextByContentWhenTheFileIsNamedAsAnotherFormat() throws IOException {
        SourceDocument doc = reader.read(write("plan.pdf", PARAGRAPH.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.format()).isEqualTo(Format.TEXT);
    }

    @Test
    void shouldAcceptExtensionCaseInsensitively() throws IOException {
        SourceDocument doc = reader.read(write("PLAN.TXT", PARAGRAPH.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void shouldRejectMissingFileWithOneLineMessage() {
        Path file = dir.resolve("missing.txt");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file + ": cannot read file")
                .hasMessageContaining("NoSuchFileException")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    @Test
    void shouldReportHexSha256OfTheRawBytes() throws IOException {
        SourceDocument doc = reader.read(write("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII)));

        assertThat(doc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldHashBytesIncludingBomNotDecodedText() throws IOException {
        byte[] plain = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
        SourceDocument without = reader.read(write("a.txt", plain));
        SourceDocument with = reader.read(write("b.txt", concat(UTF8_BOM, plain)));

        assertThat(with.text()).isEqualTo(without.text());
        assertThat(with.sha256()).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(without.sha256());
    }

    @Test
    void shouldSniffUtf16LittleAndBigEndianWithoutBom() throws IOException {
        SourceDocument le = reader.read(write("le.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_16LE)));
        SourceDocument be = reader.read(write("be.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(le.text()).isEqualTo(PARAGRAPH);
        assertThat(le.charset()).isEqualTo("UTF-16LE (no BOM)");
        assertThat(be.text()).isEqualTo(PARAGRAPH);
        assertThat(be.charset()).isEqualTo("UTF-16BE (no BOM)");
    }

    @Test
    void shouldParseLoneCarriageReturnsAsLineBreaks() throws IOException {
        SourceDocument doc = reader.read(write("mac.txt", PARAGRAPH.replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.content().kept()).isEqualTo(PARAGRAPH.replace('\n', '\r'));
    }

    @Test
    void shouldRemoveZeroWidthAndDirectionOverridesBeforeParsingButKeepThem() throws IOException {
        String dirty = PARAGRAPH.replace("落后", "落\u200B后").replace("一、", "\u202E一、\u202C");
        SourceDocument doc = reader.read(write("zw.txt", dirty.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.text()).isEqualTo(PARAGRAPH);
        assertThat(doc.content().kept()).isEqualTo(dirty);
    }

    @Test
    void shouldRejectAFileOfOnlyInvisibleCharactersAsEmpty() throws IOException {
        Path file = write("zw.txt", "\u200B\u200B\n\u202E".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class).hasMessageEndingWith("file is empty");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<Path> sampleDocuments() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
