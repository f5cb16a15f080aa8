package org.napacademy.interfaces.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.napacademy.interfaces.export.ExportTexts;

/**
 * The words a file may use, in any of the platform's languages, as the exports write them: column headers
 * (or the export's column keys) and the labels of choices (or the enum names). Matching ignores case, accents
 * and spacing.
 */
final class ImportVocabulary {
    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> CHOICES = new ConcurrentHashMap<>();

    static {
        for (var language : ExportTexts.LANGUAGES) {
            var texts = ExportTexts.in(language);
            for (var key : ImportKind.allColumnKeys()) {
                COLUMNS.putIfAbsent(normal(texts.text("column." + key)), key);
                COLUMNS.putIfAbsent(normal(key), key);
            }
        }
    }

    private ImportVocabulary() { }

    /** The export column key a header names, if any. */
    static Optional<String> columnKey(String header) { return Optional.ofNullable(COLUMNS.get(normal(header))); }

    /** The English header of a column, for errors about a column the file lacks. */
    static String englishHeader(String key) { return ExportTexts.in("en").text("column." + key); }

    /** The constant whose label (in any language) or name the text is. */
    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        var words = CHOICES.computeIfAbsent(type, ImportVocabulary::wordsOf);
        return Optional.ofNullable(words.get(normal(text))).map(type::cast);
    }

    private static Map<String, Enum<?>> wordsOf(Class<?> type) {
        var words = new HashMap<String, Enum<?>>();
        for (var constant : type.getEnumConstants()) {
            var value = (Enum<?>) constant;
            words.put(normal(value.name()), value);
            words.put(normal(value.name().replace('_', ' ')), value);
            for (var language : ExportTexts.LANGUAGES) words.putIfAbsent(normal(ExportTexts.in(language).label(value)), value);
        }
        return words;
    }

    /** The word the exports use for a measurement of no sex dimension ("Total"), in any language. */
    static boolean isTotal(String text) {
        var wanted = normal(text);
        return ExportTexts.LANGUAGES.stream().anyMatch(language -> normal(ExportTexts.in(language).text("column.total")).equals(wanted));
    }

    static String normal(String text) {
        var plain = Normalizer.normalize(text == null ? "" : text.replace("\uFEFF", "").trim(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
