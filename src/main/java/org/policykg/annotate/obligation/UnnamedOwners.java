package org.policykg.annotate.obligation;

import java.util.List;
import java.util.regex.Pattern;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.obligation.NodeFacts.Located;
import org.policykg.annotate.role.RoleFact;
import org.policykg.conventions.Tsv;

/**
 * Owners that name no body (有关部门, 各有关部门和单位) are dropped beside a named body: the task is owed by the bodies
 * it names (conventions/unnamed-owners.tsv says which collectives name none and why).
 */
final class UnnamedOwners {

    private static final UnnamedOwners STANDARD = new UnnamedOwners();

    private final Pattern generic;

    private UnnamedOwners() {
        StringBuilder p = new StringBuilder();
        Tsv.classpath("conventions/unnamed-owners.tsv").forEach(r -> p.append(p.isEmpty() ? "" : "|").append(r.get("pattern")));
        this.generic = Pattern.compile(p.toString());
    }

    static UnnamedOwners standard() {
        return STANDARD;
    }

    /** The owners without the unnamed ones when at least one owner is a named body; else all of them. */
    List<Located<RoleFact>> keepNamed(List<Located<RoleFact>> owners) {
        boolean named = owners.stream().anyMatch(o -> o.fact().agency().kind() == AgencyMention.Kind.AGENCY);
        return named ? owners.stream().filter(o -> !isUnnamed(o.fact().agency())).toList() : owners;
    }

    private boolean isUnnamed(AgencyMention m) {
        return m.kind() == AgencyMention.Kind.COLLECTIVE && generic.matcher(m.written()).matches();
    }
}
