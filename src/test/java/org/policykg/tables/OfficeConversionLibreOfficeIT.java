package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof in a real office program: the generated DOCX and XLSX open in LibreOffice, convert to PDF, and the PDF's
 * text (pdftotext) holds the title and every row. Runs with {@code mvn -Plibreoffice verify}; skipped without
 * that profile or when libreoffice or pdftotext is not installed (Debian: libreoffice-writer libreoffice-calc
 * poppler-utils, and fonts-noto-cjk for Chinese glyphs).
 */
class OfficeConversionLibreOfficeIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void requireTools() {
        assumeTrue(Boolean.getBoolean("policykg.libreoffice"), "run with -Plibreoffice");
        assumeTrue(onPath("libreoffice"), "libreoffice is not installed");
        assumeTrue(onPath("pdftotext"), "pdftotext is not installed");
    }

    static Stream<Arguments> tables() {
        return Stream.of("004_b245d020d56ee491.txt", "003_614dae50352398fd.txt")
                .flatMap(d -> Stream.of(Arguments.of(d, TableFormat.DOCX), Arguments.of(d, TableFormat.XLSX)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("tables")
    void shouldConvertToPdfWithEveryRow(String document, TableFormat format) throws Exception {
        TaskTable table = TableFixtures.tables().forDocument(document);
        Path file = dir.resolve(document.replace(".txt", "") + "." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(table, out);
        }

        Path pdf = convert(file);
        String text = flat(run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")));

        assertThat(text).contains(flat(table.title()), flat(table.attachment()));
        for (TaskRow row : table.rows()) {
            for (TaskRow line : row.lines()) {
                String task = flat(line.task());
                assertThat(text).as("row %s", row.number()).contains(task.substring(0, Math.min(6, task.length())));
            }
        }
    }

    private static Path convert(Path file) throws Exception {
        Path profile = dir.resolve("lo-profile");
        run(List.of("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), file.toString()));
        Path pdf = dir.resolve(file.getFileName().toString().replaceFirst("\\.\\w+$", ".pdf"));
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isPositive();
        return pdf;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        assertThat(p.exitValue()).as("%s exit code", command.get(0)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /** PDF text breaks lines and spaces Latin from Chinese; compare without any whitespace. */
    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }
}
