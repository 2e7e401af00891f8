package org.policykg.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The calibrated settings in align/alignment.properties: score threshold, n-gram range, matches kept per document. */
record AlignmentSettings(double threshold, int minN, int maxN, int topK) {

    static final String RESOURCE = "align/alignment.properties";

    static AlignmentSettings standard() {
        Properties p = new Properties();
        try (InputStream in = AlignmentSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] range = p.getProperty("ngram", "2-3").strip().split("-");
        int min = Integer.parseInt(range[0].strip());
        int max = Integer.parseInt(range[range.length - 1].strip());
        return new AlignmentSettings(Double.parseDouble(p.getProperty("threshold").strip()), min, max,
                Integer.parseInt(p.getProperty("topK", "1").strip()));
    }
}
