package org.policykg.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Broken and unreadable files, made at run time: each should fail alone, in one line naming it. */
final class BadFiles {

    private BadFiles() {
    }

    /** A PDF that opens only with a user password. */
    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Work plan 2024");
                s.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scan: one page holding only an image. */
    static Path scannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(image, 50, 50, 400, 560);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A .docx whose compressed data is overwritten in the middle, its entry names intact. */
    static Path corruptDocx(Path good, Path file) throws IOException {
        byte[] b = Files.readAllBytes(good);
        for (int i = b.length / 3; i < b.length / 3 + 400; i++) {
            b[i] = 0;
        }
        return Files.write(file, b);
    }

    /** A .docx whose document.xml inflates a thousandfold (a zip bomb in POI's ZipSecureFile terms). */
    static Path zipBomb(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        return Files.write(file, out.toByteArray());
    }

    /** A saved page of links only: navigation, no article. */
    static Path pageWithoutArticle(Path file) throws IOException {
        return Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政策文件</title></head><body>"
                + "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul>"
                + "<div class=\"list\"><a href=\"/1\">关于印发工作方案的通知</a><br><a href=\"/2\">关于开展检查的通知</a></div>"
                + "<div class=\"footer\">主办单位：某市人民政府办公室</div></body></html>", StandardCharsets.UTF_8);
    }
}
