package org.napacademy.interfaces.export;

import java.text.Normalizer;
import java.util.Locale;

/** File names for downloads that every browser and file system takes: ASCII letters, digits and hyphens. */
public final class FileNames {
    private FileNames() { }

    /** E.g. ("roadmap", "Panamá", "nodes") and "csv" give roadmap-panama-nodes.csv. */
    public static String of(String extension, String... parts) {
        var name = new StringBuilder();
        for (var part : parts) {
            var slug = slug(part);
            if (slug.isEmpty()) continue;
            if (!name.isEmpty()) name.append('-');
            name.append(slug);
        }
        return (name.isEmpty() ? "export" : name) + "." + extension;
    }

    /** Accents dropped (Panamá to panama), anything else but letters and digits to single hyphens. */
    static String slug(String text) {
        var plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }
}
