package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @TempDir
    Path dir;

    @Test
    void shouldNameSidecarAfterSourceWithoutItsExtension() {
        assertThat(Overrides.sidecarOf(dir.resolve("a.txt"))).isEqualTo(dir.resolve("a.meta.properties"));
        assertThat(Overrides.sidecarOf(dir.resolve("plan.2024.txt"))).isEqualTo(dir.resolve("plan.2024.meta.properties"));
        assertThat(Overrides.sidecarOf(dir.resolve("README"))).isEqualTo(dir.resolve("README.meta.properties"));
    }

    @Test
    void shouldReturnNoOverridesWhenSidecarIsAbsent() {
        Overrides o = Overrides.forSource(dir.resolve("a.txt"));

        assertThat(o.values()).isEmpty();
        assertThat(o.file()).isNull();
        assertThat(o.get("jurisdiction")).isEmpty();
    }

    @Test
    void shouldReadUtf8ValuesFromSidecar() throws IOException {
        Path side = sidecar("# supplied by hand\njurisdiction=广东省\nlevel = province \nissuer=\n");

        Overrides o = Overrides.forSource(dir.resolve("a.txt"));

        assertThat(o.file()).isEqualTo(side);
        assertThat(o.get("jurisdiction")).contains("广东省");
        assertThat(o.get("level")).contains("province");
        assertThat(o.get("issuer")).as("a blank value is no override").isEmpty();
        assertThat(o.get("title")).isEmpty();
    }

    @Test
    void shouldRejectUnknownKeyNamingSidecarAndKey() throws IOException {
        Path side = sidecar("jurisdiction=广东省\nprovince=广东\n");

        assertThatThrownBy(() -> Overrides.forSource(dir.resolve("a.txt")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(side + ": ")
                .hasMessageContaining("unknown metadata key 'province'")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    private Path sidecar(String content) throws IOException {
        return Files.writeString(dir.resolve("a.meta.properties"), content, StandardCharsets.UTF_8);
    }
}
