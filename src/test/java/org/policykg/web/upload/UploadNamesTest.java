package org.policykg.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names uploaded files are kept under: never a path out of the upload folder. */
class UploadNamesTest {

    @Test
    void shouldKeepOnlyTheLastSegmentOfAPath() {
        assertThat(UploadNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadNames.safe("C:\\Users\\me\\方案.docx")).isEqualTo("方案.docx");
    }

    @Test
    void shouldReplaceCharactersFileSystemsRefuseAndNameTheNameless() {
        assertThat(UploadNames.safe("a<b>:\"c|?*.txt")).isEqualTo("a_b___c___.txt");
        assertThat(UploadNames.safe("..")).isEqualTo("upload");
        assertThat(UploadNames.safe(null)).isEqualTo("upload");
        assertThat(UploadNames.safe("dir/")).isEqualTo("upload");
    }

    @Test
    void shouldShortenALongNameButKeepItsExtension() {
        String name = UploadNames.safe("通".repeat(300) + ".pdf");

        assertThat(name).hasSize(180).endsWith(".pdf");
    }
}
