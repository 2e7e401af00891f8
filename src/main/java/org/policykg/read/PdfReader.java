package org.policykg.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.awt.geom.Point2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
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

    /** One line as PDFBox laid it out: its text, page (1-based), extent and baseline in points, and its runs of text. */
    record PdfLine(String text, int page, float x0, float x1, float y, float size, List<Segment> segments) {}

    /** A run of text with no gap wider than a character: a table cell's part of a line, or the whole line. */
    record Segment(String text, float x0, float x1) {}

    /** A ruled line (a table border) on a page, in the text's coordinates (y grows downwards). */
    record Rule(int page, float x0, float y0, float x1, float y1) {

        boolean horizontal() {
            return Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) > 10;
        }

        boolean vertical() {
            return Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) > 5;
        }
    }

    Extracted read(Path file, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            LineCollector lines = new LineCollector();
            lines.setSortByPosition(true);
            lines.getText(doc);
            if (lines.lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new UnreadableDocumentException(file, doc.getNumberOfPages() == 0 ? "PDF without pages"
                        : "no text layer (scanned PDF); OCR is not supported");
            }
            return new PdfParagraphs(lines.lines, lines.rules, doc.getNumberOfPages()).layout();
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
        final List<Rule> rules = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private int page;
        private float pageHeight;
        private Point2D.Float at = new Point2D.Float();

        LineCollector() {
            setLineSeparator("\n");
            addOperator(new PathOperator("m", (x, y) -> at = device(x, y)));
            addOperator(new PathOperator("l", (x, y) -> {
                Point2D.Float to = device(x, y);
                rules.add(new Rule(page, Math.min(at.x, to.x), Math.min(at.y, to.y), Math.max(at.x, to.x), Math.max(at.y, to.y)));
                at = to;
            }));
        }

        /** A path point in user space as the text's coordinates: the current transform applied, y from the top. */
        private Point2D.Float device(float x, float y) {
            Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            return new Point2D.Float(p.x, pageHeight - p.y);
        }

        /** Table borders are drawn as path segments (moveto, lineto); text extraction otherwise ignores paths. */
        private final class PathOperator extends OperatorProcessor {
            private final String name;
            private final java.util.function.BiConsumer<Float, Float> point;

            PathOperator(String name, java.util.function.BiConsumer<Float, Float> point) {
                super(LineCollector.this);
                this.name = name;
                this.point = point;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.size() >= 2 && operands.get(0) instanceof COSNumber x && operands.get(1) instanceof COSNumber y) {
                    point.accept(x.floatValue(), y.floatValue());
                }
            }

            @Override
            public String getName() {
                return name;
            }
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            writeText(doc, new StringWriter());
            return "";
        }

        @Override
        protected void startPage(PDPage p) {
            page++;
            pageHeight = p.getCropBox().getHeight();
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
                float size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
                lines.add(new PdfLine(text.toString(), page, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(), size, segments(size)));
            }
            text.setLength(0);
            positions.clear();
        }

        /** The line's positions cut where the gap between two glyphs is wider than a character (a column gap). */
        private List<Segment> segments(float size) {
            List<Segment> out = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            float x0 = positions.get(0).getXDirAdj();
            float end = x0;
            for (TextPosition t : positions) {
                float gap = t.getXDirAdj() - end;
                if (gap > size && b.length() > 0) {
                    out.add(new Segment(b.toString(), x0, end));
                    b.setLength(0);
                    x0 = t.getXDirAdj();
                } else if (gap > size / 5 && b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.getUnicode());
                end = t.getXDirAdj() + t.getWidthDirAdj();
            }
            out.add(new Segment(b.toString(), x0, end));
            return out;
        }

        @Override
        protected void endPage(PDPage p) {
            writeLineSeparator();
        }
    }
}
