package org.policykg.annotate.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class SchemesTest {

    private static final Model SCHEMES = SchemeReader.load();
    private static final String ROLE_SCHEME = "https://w3id.org/policykg/id/role";
    private static final Set<String> SCHEME_IRIS = Set.of(Tagger.INDUSTRY_SCHEME, Tagger.ASPECT_SCHEME, ROLE_SCHEME);

    @Test
    void shouldDeclareTheThreeConceptSchemes() {
        Set<String> schemes = SCHEMES.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).mapWith(Resource::getURI)
                .toSet();

        assertThat(schemes).containsExactlyInAnyOrderElementsOf(SCHEME_IRIS);
    }

    @Test
    void shouldGiveEveryConceptOneZhAndOneEnPrefLabelAndAScheme() {
        List<Resource> concepts = SCHEMES.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();

        assertThat(concepts).hasSizeGreaterThan(40);
        for (Resource c : concepts) {
            assertThat(languages(c, SKOS.prefLabel)).as(c.getURI()).containsExactlyInAnyOrder("zh", "en");
            assertThat(c.listProperties(SKOS.inScheme).mapWith(s -> s.getResource().getURI()).toList())
                    .as(c.getURI()).singleElement().isIn(SCHEME_IRIS);
            assertThat(c.getURI()).as("IRI under its scheme")
                    .startsWith(c.getPropertyResourceValue(SKOS.inScheme).getURI() + "/");
            assertThat(c.hasProperty(SKOS.notation)).as(c.getURI()).isTrue();
        }
    }

    @Test
    void shouldKeepBroaderLinksInsideTheIndustryScheme() {
        SCHEMES.listStatements(null, SKOS.broader, (RDFNode) null).forEachRemaining(st -> {
            Resource scheme = st.getSubject().getPropertyResourceValue(SKOS.inScheme);
            assertThat(st.getResource().hasProperty(SKOS.inScheme, scheme)).as(st.toString()).isTrue();
        });
        assertThat(broader("copper-smelting")).isEqualTo("nonferrous-metals");
        assertThat(broader("flat-glass")).isEqualTo("building-materials");
        assertThat(broader("small-thermal-power")).isEqualTo("coal-power");
    }

    @Test
    void shouldNameTheSevenAspectsAndFourRoles() {
        assertThat(notations(Tagger.ASPECT_SCHEME)).containsExactlyInAnyOrder("energy", "environment", "quality",
                "safety", "technology", "policy", "progress");
        assertThat(notations(ROLE_SCHEME)).containsExactlyInAnyOrder("lead", "support", "responsible", "recipient");
        SCHEMES.listSubjectsWithProperty(SKOS.inScheme, SCHEMES.createResource(ROLE_SCHEME)).forEachRemaining(r ->
                assertThat(languages(r, SKOS.definition)).as(r.getURI()).contains("en"));
    }

    @Test
    void shouldNotReuseAZhPrefLabelWithinAScheme() {
        for (String scheme : SCHEME_IRIS) {
            List<String> labels = SCHEMES.listSubjectsWithProperty(SKOS.inScheme, SCHEMES.createResource(scheme))
                    .toList().stream().flatMap(c -> c.listProperties(SKOS.prefLabel).toList().stream())
                    .filter(st -> st.getLanguage().equals("zh")).map(st -> st.getString()).toList();
            assertThat(labels).as(scheme).doesNotHaveDuplicates();
        }
    }

    private static Set<String> languages(Resource c, Property p) {
        return c.listProperties(p).mapWith(st -> st.getLanguage()).toSet();
    }

    private static String broader(String notation) {
        Resource c = SCHEMES.createResource(Tagger.INDUSTRY_SCHEME + "/" + notation);
        String iri = c.getPropertyResourceValue(SKOS.broader).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Set<String> notations(String scheme) {
        return SCHEMES.listSubjectsWithProperty(SKOS.inScheme, SCHEMES.createResource(scheme)).toList().stream()
                .map(c -> c.getProperty(SKOS.notation).getString()).collect(Collectors.toSet());
    }
}
