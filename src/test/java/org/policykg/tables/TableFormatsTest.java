package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.policykg.Samples;

/** Every sample document's table in every format: written, not empty, and holding every task and its 依据. */
class TableFormatsTest {

    private static final Map<String, TaskTable> TABLES = new ConcurrentHashMap<>();

    static Stream<Arguments> documentsAndFormats() {
        return Samples.documents().stream().flatMap(d -> Stream.of(TableFormat.values())
                .map(f -> Arguments.of(d.getFileName().toString(), f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documentsAndFormats")
    void shouldWriteEveryTaskOfEverySampleInEveryFormat(String file, TableFormat format) throws Exception {
        TaskTable table = TABLES.computeIfAbsent(file, f -> TableFixtures.tables().forDocument(f));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        format.write(table, out);

        assertThat(table.rows()).isNotEmpty();
        String text = text(format, out.toByteArray());
        for (TaskRow row : table.rows()) {
            for (TaskRow line : row.lines()) {
                assertThat(flat(text)).contains(flat(prefix(line.task())), flat(line.basis()));
            }
        }
        assertThat(text).contains("序号", "主要任务", "牵头单位", "配合单位", "完成时限", "依据");
        if (format != TableFormat.CSV) {
            assertThat(text).contains(table.attachment(), table.title());
        }
    }

    private static String text(TableFormat format, byte[] bytes) throws Exception {
        return switch (format) {
            case CSV -> {
                assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
                yield new String(bytes, StandardCharsets.UTF_8);
            }
            case HTML -> new String(bytes, StandardCharsets.UTF_8).replace("&quot;", "\"").replace("&amp;", "&");
            case DOCX -> docx(bytes);
            case XLSX -> xlsx(bytes);
        };
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            List<String> parts = new ArrayList<>();
            doc.getParagraphs().forEach(p -> parts.add(p.getText()));
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> parts.add(c.getText())));
            return String.join("\n", parts);
        }
    }

    private static String xlsx(byte[] bytes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getCellStyle().getWrapText()).isTrue();
            List<String> cells = new ArrayList<>();
            for (Row r : sheet) {
                r.forEach(c -> cells.add(c.getStringCellValue()));
            }
            return String.join("\n", cells);
        }
    }

    private static String prefix(String task) {
        return task.length() > 12 ? task.substring(0, 12) : task;
    }

    /** Text without line breaks, so a DOCX cell's breaks and a CSV cell's quotes do not matter. */
    private static String flat(String s) {
        return s.replaceAll("[\\s\"]", "");
    }
}
