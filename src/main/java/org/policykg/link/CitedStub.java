package org.policykg.link;

import java.util.Set;

/**
 * A document known only by citation (pkg:StubDocument): the numbers and titles it was cited with, and the
 * documents citing it.
 */
record CitedStub(String iri, Set<String> numbers, Set<String> titles, Set<String> citedBy) {
}
