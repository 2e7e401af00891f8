package org.policykg.annotate.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;

/**
 * Tags an obligation with its aspects (能耗, 环保 … 进度) and the industries it names, both as concept IRIs of
 * ontology/schemes.ttl. Pure and immutable: one instance serves all threads.
 */
public final class Tagger {

    static final String INDUSTRY_SCHEME = "https://w3id.org/policykg/id/industry";
    static final String ASPECT_SCHEME = "https://w3id.org/policykg/id/aspect";
    static final String PROGRESS = ASPECT_SCHEME + "/progress";

    private final LabelIndex industries;
    private final AspectRules aspects;

    private Tagger(LabelIndex industries, AspectRules aspects) {
        this.industries = industries;
        this.aspects = aspects;
    }

    /** The tagger of the schemes shipped on the classpath (ontology/schemes.ttl); loaded once. */
    public static Tagger fromSchemes() {
        return Shipped.INSTANCE;
    }

    static Tagger from(Model schemes, Set<String> boundaryWords) {
        return new Tagger(SchemeReader.chineseLabels(schemes, INDUSTRY_SCHEME, boundaryWords),
                new AspectRules(SchemeReader.chineseLabels(schemes, ASPECT_SCHEME, boundaryWords), PROGRESS));
    }

    /**
     * @param text     the obligation's sentence or table row (a row's 重点行业 cell included)
     * @param headings the headings of its ancestors, nearest last; a table row passes its table's caption
     */
    public Tags tag(String text, List<String> headings) {
        String t = text == null ? "" : text;
        List<String> h = headings == null ? List.of() : headings.stream().filter(s -> s != null).toList();
        Set<String> named = new HashSet<>();
        industries.scan(t).forEach(hit -> named.addAll(hit.concepts()));
        return new Tags(aspects.aspects(t, h), named);
    }

    private static final class Shipped {
        static final Tagger INSTANCE = from(SchemeReader.load(), SchemeReader.boundaryWords());
    }
}
