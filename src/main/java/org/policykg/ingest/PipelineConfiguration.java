package org.policykg.ingest;

import org.policykg.annotate.nlp.HanLpSegmenter;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.gazetteer.Jurisdictions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

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

    @Bean
    DocumentPipeline documentPipeline(Jurisdictions jurisdictions, Segmenter segmenter) {
        return DocumentPipeline.standard(jurisdictions, segmenter);
    }
}
