package org.policykg.annotate.tag;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The aspect and industry concept IRIs of one obligation; sorted, so output is stable across runs. */
public record Tags(Set<String> aspects, Set<String> industries) {

    public Tags {
        aspects = Collections.unmodifiableSet(new TreeSet<>(aspects));
        industries = Collections.unmodifiableSet(new TreeSet<>(industries));
    }
}
