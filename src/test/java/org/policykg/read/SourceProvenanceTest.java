package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

class SourceProvenanceTest {

    private static final Path FORMATS = Path.of("src/test/resources/formats");

    @Test
    void shouldRecordTheFormatReadFromContentAndThePageOfEachPdfSubdivision() throws IOException {
        Path pdf = FORMATS.resolve("003_614dae50352398fd.pdf");
        int pageCount;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageCount = doc.getNumberOfPages();
        }

        Model m = Samples.pipeline().extract(pdf).model();

        assertThat(m.listObjectsOfProperty(PKG.sourceFormat).toList()).extracting(o -> o.asLiteral().getString())
                .containsExactly("application/pdf");
        List<Integer> pages = m.listStatements(null, PKG.page, (org.apache.jena.rdf.model.RDFNode) null)
                .mapWith(Statement::getInt).toList();
        assertThat(pages).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(1, pageCount));
        assertThat(pages.stream().distinct().count()).as("pages where subdivisions begin").isGreaterThan(pageCount * 2L / 3);
    }

    @Test
    void shouldKeepThePublicationDateAndSourceAWebPageGivesInItsMetaTags() {
        Model m = Samples.pipeline().extract(FORMATS.resolve("002_2271524e11752f97.html")).model();

        assertThat(m.listObjectsOfProperty(ELI.date_publication).toList()).extracting(o -> o.asLiteral().getLexicalForm())
                .containsExactly("2024-05-20");
        assertThat(m.listObjectsOfProperty(ELI.publisher).toList()).extracting(o -> o.asLiteral().getString())
                .containsExactly("本网");
        assertThat(m.listObjectsOfProperty(PKG.sourceFormat).toList()).extracting(o -> o.asLiteral().getString())
                .containsExactly("text/html");
    }

    @Test
    void shouldGiveNoPagesWhenTheFormatHasNone() {
        Model m = Samples.pipeline().extract(FORMATS.resolve("003_614dae50352398fd.docx")).model();

        assertThat(m.listObjectsOfProperty(PKG.sourceFormat).toList()).extracting(o -> o.asLiteral().getString())
                .containsExactly(Format.DOCX.mediaType());
        assertThat(m.listStatements(null, PKG.page, (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
    }
}
