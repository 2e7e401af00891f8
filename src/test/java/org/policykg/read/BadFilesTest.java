package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadFilesTest {

    private static final Path DOCX = Path.of("src/test/resources/formats/000_b674c33e703a95d4.docx");

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnEncryptedPdfInOneLine() throws IOException {
        Path file = BadFiles.encryptedPdf(dir.resolve("locked.pdf"));

        refused(file).hasMessage(file + ": encrypted PDF: a password is needed to open it");
    }

    @Test
    void shouldRefuseAScannedPdfSayingOcrIsNotSupported() throws IOException {
        Path file = BadFiles.scannedPdf(dir.resolve("scan.pdf"));

        refused(file).hasMessage(file + ": no text layer (scanned PDF); OCR is not supported");
    }

    @Test
    void shouldRefuseACorruptDocxInOneLine() throws IOException {
        Path file = BadFiles.corruptDocx(DOCX, dir.resolve("broken.docx"));

        refused(file).hasMessageContaining("corrupt or unreadable Word .docx");
    }

    @Test
    void shouldRefuseAZipBombWithoutInflatingIt() throws IOException {
        Path file = BadFiles.zipBomb(dir.resolve("bomb.docx"));

        refused(file).hasMessageContaining("corrupt or unreadable Word .docx").hasMessageContaining("Zip bomb");
    }

    @Test
    void shouldRefuseAWebPageWithoutAnArticle() throws IOException {
        Path file = BadFiles.pageWithoutArticle(dir.resolve("links.html"));

        refused(file).hasMessage(file + ": web page without an article (no block of running text found)");
    }

    @Test
    void shouldRefuseAnEmptyFileWhateverItsName() throws IOException {
        Path file = Files.write(dir.resolve("empty.docx"), new byte[0]);

        refused(file).hasMessage(file + ": file is empty");
    }

    @Test
    void shouldRefuseAZipThatIsNoWordDocument() throws IOException {
        Path file = Files.write(dir.resolve("sheet.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

        refused(file).hasMessage(file + ": a zip archive that is not a Word .docx (no word/document.xml)");
    }

    @Test
    void shouldRefuseAnOle2FileThatIsNoWordDocument() throws IOException {
        Path file = Files.write(dir.resolve("old.wps"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});

        refused(file).hasMessageContaining("not a readable Word 97-2003 / WPS document");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path file) {
        return assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(file + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r"));
    }
}
