package org.policykg.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF with a text layer: the lines of each page in reading order with their positions, from which
 * {@link PdfParagraphs} drops page numbers and running headers and rejoins paragraphs. A scan (no text) and a
 * password-protected file are refused; nothing of them is written.
 */
final class PdfReader {

    /** One line as PDFBox laid it out: its text, page (1-based) and horizontal extent in points. */
    record PdfLine(String text, int page, float x0, float x1, float size) {}

    Extracted read(Path file, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            LineCollector lines = new LineCollector();
            lines.setSortByPosition(true);
            lines.getText(doc);
            if (lines.lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new UnreadableDocumentException(file, doc.getNumberOfPages() == 0 ? "PDF without pages"
                        : "no text layer (scanned PDF); OCR is not supported");
            }
            return new PdfParagraphs(lines.lines, doc.getNumberOfPages()).layout();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file, "encrypted PDF: a password is needed to open it");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(file, "corrupt or unreadable PDF (" + OneLine.of(e) + ")");
        }
    }

    /** Collects PDFBox's lines instead of writing them, keeping where each starts and ends. */
    private static final class LineCollector extends PDFTextStripper {

        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private int page;

        LineCollector() {
            setLineSeparator("\n");
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            writeText(doc, new StringWriter());
            return "";
        }

        @Override
        protected void startPage(PDPage p) {
            page++;
        }

        @Override
        protected void writeString(String s, List<TextPosition> pos) {
            text.append(s);
            positions.addAll(pos);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                lines.add(new PdfLine(text.toString(), page, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getFontSizeInPt()));
            }
            text.setLength(0);
            positions.clear();
        }

        @Override
        protected void endPage(PDPage p) {
            writeLineSeparator();
        }
    }
}
