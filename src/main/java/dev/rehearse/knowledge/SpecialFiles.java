package dev.rehearse.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Says why an entry of the knowledge folder that is neither a folder nor a regular file cannot be
 * read: a symbolic link that loops, leads nowhere or leads to a folder, or a named pipe, socket or
 * device. Nothing is opened: reading a named pipe would block until some other program writes to it.
 */
final class SpecialFiles {

    /** More links in a row than Linux follows (40) is a loop in all but name. */
    private static final int MAX_HOPS = 40;

    private SpecialFiles() {
    }

    /** The reason, completing "Skipping PATH: …"; empty for a regular file (or a link to one). */
    static Optional<String> whyUnreadable(Path base, Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (!Files.isSymbolicLink(path)) {
            return Optional.of(kind(path));
        }
        Path target = path;
        Set<Path> seen = new HashSet<>();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (!seen.add(target) || hops == MAX_HOPS) {
                return Optional.of("it is a symbolic link loop (it leads back to " + shown(base, target) + ")");
            }
            try {
                target = target.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(target)).normalize();
            } catch (IOException e) {
                return Optional.of("it is a symbolic link that cannot be followed (" + e.getMessage() + ")");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is a dangling symbolic link (" + shown(base, target) + " does not exist)");
        }
        if (Files.isDirectory(target)) {
            if (path.toAbsolutePath().normalize().startsWith(target)) {
                return Optional.of("it is a symbolic link loop (it leads back to " + shown(base, target)
                        + ", a folder that holds it)");
            }
            return Optional.of("it is a symbolic link to the folder " + shown(base, target)
                    + ", and linked folders are not read");
        }
        return Optional.of("it is a symbolic link to " + shown(base, target) + ", and " + kind(target));
    }

    private static String kind(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isOther()) {
                return "it is a named pipe, socket or device, not a regular file";
            }
        } catch (IOException e) {
            return "it cannot be inspected (" + e.getMessage() + ")";
        }
        return "it is not a regular file";
    }

    /** The target relative to the knowledge folder when it is inside it, else as the link gives it. */
    private static String shown(Path base, Path target) {
        if (base.equals(target)) {
            return "the knowledge folder";
        }
        return target.startsWith(base) ? KnowledgeLoader.relative(base, target) : target.toString();
    }
}
