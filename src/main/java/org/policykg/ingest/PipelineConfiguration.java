package org.policykg.ingest;

import org.policykg.annotate.nlp.HanLpSegmenter;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.read.DocumentReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.util.unit.DataSize;

/**
 * Wires the extraction pipeline; every stage is stateless and shared. Lazy, because loading HanLP and the
 * gazetteers only pays off for commands that ingest.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
class PipelineConfiguration {

    @Bean
    Jurisdictions jurisdictions() {
        return Jurisdictions.standard();
    }

    @Bean
    Segmenter segmenter() {
        return new HanLpSegmenter();
    }

    /** {@code policykg.ingest.max-file-size} (e.g. 64MB): larger files are refused with a line stating the limit. */
    @Bean
    DocumentPipeline documentPipeline(Jurisdictions jurisdictions, Segmenter segmenter,
                                      @Value("${policykg.ingest.max-file-size:32MB}") DataSize maxFileSize) {
        return DocumentPipeline.standard(new DocumentReader(maxFileSize.toBytes()), jurisdictions, segmenter);
    }
}
