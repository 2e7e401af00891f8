package org.policykg.web.documents;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/documents: the landing page's table as JSON. */
@RestController
class DocumentApi {

    private final DocumentListing listing;

    DocumentApi(DocumentListing listing) {
        this.listing = listing;
    }

    @GetMapping("/api/documents")
    List<DocumentSummary> documents() {
        return listing.documents();
    }
}
