package dev.rolebook.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either complete or not there: the content goes to a temporary file
 * in the same folder, which replaces the target only once it is whole and on disk. An interrupted
 * or failed export never leaves a truncated document, and an existing one stays until its
 * replacement is ready. Temporary files still open when the program is stopped (Ctrl-C, a kill)
 * are removed as it ends; those of a run that could not remove them (a power cut, kill -9) are
 * removed by the next run into the folder, once nothing has written to them for ten minutes.
 */
final class AtomicFile {
    /** Produces the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Names of rolebook's temporary files: a dot, the document's name, a random number, .part. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.part");
    private static final Duration STALE = Duration.ofMinutes(10);
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** Guards {@link #stopping}: no temporary file is created once the program has begun to stop. */
    private static final Object LOCK = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LOCK) {
                stopping = true;
            }
            for (Path temporary : OPEN) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Left for the next run, which removes it once it is stale.
                }
            }
        }, "rolebook temporary files"));
    }

    private AtomicFile() {}

    /** Whether the program has begun to stop (Ctrl-C, a kill): a write that fails now failed for that. */
    static boolean stopping() {
        synchronized (LOCK) {
            return stopping;
        }
    }

    /**
     * Removes rolebook's temporary files in {@code folder} that nothing has written to for ten
     * minutes (a run that was killed); how many. A run writing there now keeps its own.
     */
    static int removeStale(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Instant before = Instant.now().minus(STALE);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    static long write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: it makes the file readable by its owner only, and the
        // document would keep that after the rename.
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        FileChannel opened;
        synchronized (LOCK) {
            if (stopping) {
                throw new IOException("rolebook is stopping");
            }
            OPEN.add(temporary);
            try {
                opened = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                OPEN.remove(temporary);
                throw e;
            }
        }
        try {
            try (FileChannel channel = opened;
                    // Buffered: a zip writer hands over each header and chunk separately, a system call each.
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            long size = Files.size(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return size;
        } finally {
            Files.deleteIfExists(temporary);
            OPEN.remove(temporary);
        }
    }
}
