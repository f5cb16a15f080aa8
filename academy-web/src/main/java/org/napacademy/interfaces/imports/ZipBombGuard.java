package org.napacademy.interfaces.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.napacademy.application.ImportRefused;

/**
 * Checks an XLSX (a zip) before a reader opens it: first the sizes its directory declares, then the sizes it
 * really unpacks to, counted while inflating into nothing and stopped at the limit, since declared sizes can
 * lie. So a bomb costs at most the limit's worth of inflating and no memory.
 */
final class ZipBombGuard {
    private ZipBombGuard() { }

    static void check(Path xlsx, ImportLimits limits) {
        try (var zip = new ZipFile(xlsx.toFile())) {
            long fileSize = Math.max(1, Files.size(xlsx));
            long allowed = Math.min(limits.maxUncompressedBytes(), fileSize * limits.maxCompressionRatio());
            long declared = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var size = entries.nextElement().getSize();
                if (size > 0) declared += size;
                if (declared > allowed) throw bomb(limits);
            }
            long unpacked = 0;
            var buffer = new byte[64 * 1024];
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (unpacked > allowed) throw bomb(limits);
                    }
                }
            }
        } catch (ZipException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "The XLSX workbook is damaged and cannot be read");
        } catch (IOException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "The XLSX workbook cannot be read");
        }
    }

    private static ImportRefused bomb(ImportLimits limits) {
        return new ImportRefused(ImportRefused.Reason.TOO_LARGE, "The XLSX workbook unpacks to more than "
                + ImportLimits.megabytes(limits.maxUncompressedBytes()) + " or more than " + limits.maxCompressionRatio()
                + " times its size (a zip bomb?); it is refused");
    }
}
