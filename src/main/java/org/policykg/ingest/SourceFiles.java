package org.policykg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.read.DocumentReader;

/** Expands the paths given to {@code ingest}: folders yield their documents, files are taken as named. */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> expand(List<Path> inputs, List<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(DocumentReader::hasDocumentName).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(p + ": no such file or folder");
            }
        }
        return files;
    }
}
