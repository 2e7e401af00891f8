package org.policykg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;
import org.policykg.gazetteer.NationalBodies;
import org.policykg.gazetteer.ProvinceAbbreviations;

/**
 * The administrative level of a document known only by citation, so that a trace can place it: the division its
 * title (or the plan its notice issues) opens with (广东省…, 江门市…); else national when the title or number opens
 * with a national body or its number code (conventions/national-bodies.tsv); else province when its number opens
 * with a province's one-character abbreviation (gazetteer/province-abbreviations.tsv: 粤工信…, 皖工业…).
 */
final class StubLevels {

    private final Jurisdictions gazetteer;
    private final NationalBodies national = NationalBodies.standard();
    private final ProvinceAbbreviations provinceAbbreviations = ProvinceAbbreviations.standard();

    StubLevels(Jurisdictions gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@code citingPlaces}: the citing documents' jurisdictions, to tell apart divisions of the same name. */
    Optional<Level> of(CitedStub stub, Collection<Jurisdiction> citingPlaces) {
        String context = context(citingPlaces);
        List<String> titles = new ArrayList<>();
        for (String t : stub.titles()) {
            titles.add(TitleKeys.fold(t));
            TitleKeys.issued(t).ifPresent(titles::add);
        }
        for (String t : titles) {
            Optional<Level> place = gazetteer.atStart(t, context).map(j -> j.level());
            if (place.isPresent()) {
                return place;
            }
        }
        List<String> numbers = stub.numbers().stream().map(TitleKeys::fold).toList();
        if (titles.stream().anyMatch(national::opensWithName) || numbers.stream().anyMatch(national::numberIsNational)) {
            return Optional.of(Level.NATIONAL);
        }
        if (numbers.stream().anyMatch(n -> provinceAbbreviations.provinceOf(n).isPresent())) {
            return Optional.of(Level.PROVINCE);
        }
        return Optional.empty();
    }

    /** The places and all their parents, named: what {@link Jurisdictions#atStart} weighs candidates by. */
    private String context(Collection<Jurisdiction> places) {
        StringBuilder s = new StringBuilder();
        for (Jurisdiction j : places) {
            for (Optional<Jurisdiction> p = Optional.of(j); p.isPresent(); p = gazetteer.parent(p.get())) {
                s.append(p.get().name()).append(' ');
            }
        }
        return s.toString();
    }
}
