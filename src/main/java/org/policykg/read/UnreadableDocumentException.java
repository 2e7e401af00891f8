package org.policykg.read;

import java.nio.file.Path;

/** A source file that cannot be turned into text; the message is one line naming the file and the reason. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
