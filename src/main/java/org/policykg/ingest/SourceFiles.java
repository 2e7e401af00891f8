package org.policykg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.policykg.read.DocumentReader;

/**
 * Expands the paths given to {@code ingest}: folders yield their documents (following symbolic links), files are
 * taken as named. Nothing is passed over in silence: a dangling link, a FIFO, socket or device, and a file or folder
 * that cannot be read are errors, a link looping back to an enclosing folder is a warning, one line each. Other
 * files without a document's extension (sidecars, notes) are simply not documents.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> expand(List<Path> inputs, List<String> errors, List<String> warnings) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found, errors, warnings);
                found.stream().sorted().forEach(files::add);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(p + ": " + (Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? notRegular(p) : "no such file or folder"));
            }
        }
        return files;
    }

    private static void walk(Path root, List<Path> found, List<String> errors, List<String> warnings) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        errors.add(file + ": " + notRegular(file));
                    } else if (DocumentReader.hasDocumentName(file) && !Files.isReadable(file)) {
                        errors.add(file + ": cannot read file (permission denied)");
                    } else if (DocumentReader.hasDocumentName(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        warnings.add(file + ": symbolic link loops back to an enclosing folder; not followed");
                    } else {
                        errors.add(file + ": cannot be read (" + (e instanceof AccessDeniedException ? "permission denied" : e.toString()) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        errors.add(dir + ": cannot list the folder (" + e.getMessage() + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a path that is neither a folder nor a regular file is, for its one line. */
    private static String notRegular(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(p));
            } catch (IOException e) {
                target = "?";
            }
            return "dangling symbolic link to " + target + "; not read";
        }
        return "not a regular file (a FIFO, socket or device); not read";
    }
}
