package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policykg.output.Html;

/**
 * The font table of a DOCX file: each font the document names, with a substitute (w:altName) and the GB2312
 * character set, so that a machine without 方正小标宋简体 or 仿宋_GB2312 falls back on 黑体 or 仿宋 rather than
 * on a Latin font.
 */
final class DocxFonts {

    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    private DocxFonts() {
    }

    /** Adds the table; each list is one font role, best first, and its second font is the substitute. */
    static void declare(XWPFDocument doc, List<List<String>> roles) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (List<String> fonts : roles) {
            xml.append("<w:font w:name=\"").append(Html.escape(fonts.get(0))).append("\">");
            if (fonts.size() > 1) {
                xml.append("<w:altName w:val=\"").append(Html.escape(fonts.get(1))).append("\"/>");
            }
            xml.append("<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
