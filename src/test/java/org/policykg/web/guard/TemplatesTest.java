package org.policykg.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages keep script and style in static files, so the Content-Security-Policy can forbid inline ones. */
class TemplatesTest {

    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\son[a-z]+=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void shouldHaveNoInlineScriptOrStyleInAnyTemplate() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }

        assertThat(templates).isNotEmpty();
        for (Path t : templates) {
            assertThat(INLINE.matcher(Files.readString(t)).find()).as(t.toString()).isFalse();
        }
    }
}
