package org.napacademy.interfaces.ui.library;

import java.text.NumberFormat;
import java.util.Locale;

/** A size in bytes as people read it: "820 KB", "2.4 MB" (with the locale's decimal sign). */
final class FileSizes {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() { }

    static String of(long bytes, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes < MB) return format.format(Math.max(1, Math.round(bytes / (double) KB))) + " KB";
        return format.format(bytes / (double) MB) + " MB";
    }

    /** Whole megabytes of a limit, for messages: 10485760 is "10". */
    static String megabytes(long bytes, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (double) MB);
    }
}
