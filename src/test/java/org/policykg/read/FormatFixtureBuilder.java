package org.policykg.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.policykg.Samples;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.StructureParser;

/**
 * Builds the format fixtures of src/test/resources/formats once (see the README there): each sample's text as a
 * .docx (justified, first lines indented) with automatic numbering, merged 序号 cells, a running header and a "— n —" page-number footer, and as a
 * government-style web page (navigation, breadcrumb and footer around the article; GBK for every other page).
 * LibreOffice then prints the .docx to PDF and saves it as Word 97 (.doc). Not a test: run by hand.
 */
public final class FormatFixtureBuilder {

    private static final Pattern[] MARKERS = {
        Pattern.compile("^([一二三四五六七八九十]+)、"), Pattern.compile("^（([一二三四五六七八九十]+)）"),
        Pattern.compile("^(\\d+)\\."), Pattern.compile("^（(\\d+)）")};
    private static final String[] FORMATS = {"chineseCounting", "chineseCounting", "decimal", "decimal"};
    private static final String[] TEMPLATES = {"%1、", "（%2）", "%3.", "（%4）"};

    private FormatFixtureBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/formats");
        Files.createDirectories(out);
        int i = 0;
        for (Path txt : Samples.documents()) {
            String name = txt.getFileName().toString().replace(".txt", "");
            List<Object> blocks = blocks(new DocumentReader().read(txt).text());
            docx(blocks, out.resolve(name + ".docx"));
            String title = new MetadataExtractor(Samples.jurisdictions())
                    .extract(new StructureParser().parse(new DocumentReader().read(txt).text()), Overrides.forSource(txt)).title();
            Charset cs = Charset.forName(i++ % 2 == 0 ? "GBK" : "UTF-8");
            Files.writeString(out.resolve(name + ".html"), html(blocks, title, cs), cs);
        }
    }

    /** The text's paragraphs (String) and tab-laid tables (rows of cells of lines). */
    static List<Object> blocks(String text) {
        List<Object> blocks = new ArrayList<>();
        List<List<List<String>>> table = null;
        List<List<String>> row = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(table);
                }
                if (row == null) {
                    row = new ArrayList<>();
                    table.add(row);
                }
                row.add(new ArrayList<>(List.of(line.substring(1).strip())));
            } else if (line.isBlank()) {
                row = null;
            } else if (row != null) {
                row.get(row.size() - 1).add(line.strip());
            } else {
                table = null;
                blocks.add(line.strip().replaceFirst("^\\[bookmark:[^\\]]*\\]\\s*", ""));
            }
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static void docx(List<Object> blocks, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = numbering(doc);
            int[] counters = new int[4];
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("政策文件汇编（测试样本）");
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("— ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            footer.createRun().setText(" —");
            for (Object b : blocks) {
                if (b instanceof String line) {
                    paragraph(doc, line, numId, counters);
                } else {
                    table(doc, (List<List<List<String>>>) b);
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                doc.write(os);
            }
        }
    }

    /** A typed marker that Word's counting would write the same becomes automatic numbering; others stay typed. */
    private static void paragraph(XWPFDocument doc, String line, BigInteger numId, int[] counters) {
        XWPFParagraph p = doc.createParagraph();
        // GB/T 9704: justified, first line indented by two characters
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(480);
        for (int level = 0; level < MARKERS.length; level++) {
            Matcher m = MARKERS[level].matcher(line);
            if (m.find() && org.policykg.conventions.ChineseNumerals.parse(m.group(1)) == counters[level] + 1) {
                counters[level]++;
                for (int deeper = level + 1; deeper < counters.length; deeper++) {
                    counters[deeper] = 0;
                }
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(level));
                p.createRun().setText(line.substring(m.end()));
                return;
            }
        }
        p.createRun().setText(line);
    }

    private static void table(XWPFDocument doc, List<List<List<String>>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            // rows stay whole on a page: a PDF reader cannot tell a row broken by the page from a sub-row
            row.setCantSplitRow(true);
            List<List<String>> cells = rows.get(r);
            // a row keeps its own cell count, as in the source (sub-rows may have an extra 分项 cell)
            for (int c = cols - 1; c >= cells.size(); c--) {
                row.removeCell(c);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                List<String> lines = cells.get(c);
                boolean merged = c == 0 && r > 0 && lines.stream().allMatch(String::isBlank);
                if (merged) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    markRestart(t, r, c);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                for (int k = 0; k < lines.size(); k++) {
                    if (k > 0) {
                        p = cell.addParagraph();
                    }
                    p.createRun().setText(lines.get(k));
                }
            }
        }
    }

    /** The numbered cell a merge continues from starts the merge. */
    private static void markRestart(XWPFTable t, int r, int c) {
        for (int up = r - 1; up >= 0; up--) {
            XWPFTableCell above = t.getRow(up).getCell(c);
            var pr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
            if (!pr.isSetVMerge()) {
                pr.addNewVMerge().setVal(STMerge.RESTART);
                return;
            }
            if (pr.getVMerge().getVal() == STMerge.RESTART) {
                return;
            }
        }
    }

    /** One list: 一、 / （一） / 1. / （1） with nothing between marker and text (the schema subset POI ships has no suff type). */
    private static BigInteger numbering(XWPFDocument doc) {
        StringBuilder xml = new StringBuilder("<w:abstractNum xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:abstractNumId=\"0\">");
        for (int i = 0; i < TEMPLATES.length; i++) {
            xml.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(FORMATS[i])
                    .append("\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"").append(TEMPLATES[i]).append("\"/></w:lvl>");
        }
        try {
            CTAbstractNum abs = CTAbstractNum.Factory.parse(xml.append("</w:abstractNum>").toString(),
                    new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            return numbering.addNum(absId);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String html(List<Object> blocks, String title, Charset cs) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(cs.name().equals("GBK") ? "gb2312" : "utf-8").append("\">\n<title>").append(esc(title)).append("_政府信息公开</title>\n")
                .append("<meta name=\"ArticleTitle\" content=\"").append(esc(title)).append("\">\n")
                .append("<meta name=\"PubDate\" content=\"2024-05-20 10:00\">\n<meta name=\"ContentSource\" content=\"本网\">\n")
                .append("<script>var _hmt = _hmt || [];</script>\n<style>.nav li{display:inline}</style>\n</head>\n<body>\n")
                .append("<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/en\">English</a> | <a href=\"/search\">无障碍浏览</a></div>\n")
                .append("<ul class=\"nav\"><li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/zcwj\">政策文件</a></li>")
                .append("<li><a href=\"/hdjl\">互动交流</a></li><li><a href=\"/bsfw\">办事服务</a></li></ul>\n")
                .append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 政策文件</div>\n")
                .append("<div class=\"article-head\"><h1>").append(esc(title)).append("</h1><p>发布日期：2024-05-20　来源：本网　【字体：大 中 小】</p></div>\n")
                .append("<div class=\"article-content\">\n");
        for (Object block : blocks) {
            if (block instanceof String line) {
                b.append("<p>").append(esc(line)).append("</p>\n");
            } else {
                htmlTable(b, (List<List<List<String>>>) block);
            }
        }
        b.append("</div>\n<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n")
                .append("<div class=\"footer\"><p>主办单位：某市人民政府办公室　网站标识码：0000000000　备案号：粤ICP备00000000号</p>")
                .append("<p><a href=\"/about\">关于我们</a> | <a href=\"/map\">网站地图</a></p></div>\n</body>\n</html>\n");
        return b.toString();
    }

    /** A 序号 cell the rows below leave empty spans them (rowspan), as sites publish merged cells. */
    private static void htmlTable(StringBuilder b, List<List<List<String>>> rows) {
        b.append("<table border=\"1\">\n");
        for (int r = 0; r < rows.size(); r++) {
            b.append("<tr>");
            List<List<String>> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                boolean empty = cells.get(c).stream().allMatch(String::isBlank);
                if (c == 0 && r > 0 && empty) {
                    continue;
                }
                int span = 1;
                while (c == 0 && r + span < rows.size() && rows.get(r + span).get(0).stream().allMatch(String::isBlank)) {
                    span++;
                }
                b.append(span > 1 ? "<td rowspan=\"" + span + "\">" : "<td>");
                b.append(String.join("<br>", cells.get(c).stream().map(FormatFixtureBuilder::esc).toList())).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
