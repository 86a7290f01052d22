package dev.ratchet.sandbox.local;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Collects the regular files of a walk as workspace-relative paths. A symlink is listed only when it
 * resolves to a regular file inside the workspace; hard-linked files and unreadable entries are skipped.
 */
final class ListingVisitor extends SimpleFileVisitor<Path> {

    private final WorkspacePaths paths;
    private final List<String> files;

    ListingVisitor(WorkspacePaths paths, List<String> files) {
        this.paths = paths;
        this.files = files;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        boolean listed = attrs.isRegularFile()
                || (attrs.isSymbolicLink() && Files.isRegularFile(file) && paths.isInside(file));
        if (listed && !WorkspacePaths.isHardLinked(file)) files.add(paths.relative(file));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
    }
}
