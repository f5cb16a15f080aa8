package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.napacademy.interfaces.export.ExportTexts;

/** What the export resources share: the language of a document and the attachment answer. */
final class Downloads {
    private Downloads() {
    }

    /**
     * {@code ?lang=} when given (one of en, es, pt, fr, else 400); otherwise the first of the request's
     * Accept-Language ranges, by preference, that the platform speaks; otherwise English.
     */
    static ExportTexts texts(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) return ExportTexts.in(lang.trim().toLowerCase(Locale.ROOT));
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().map(Locale::getLanguage).filter(ExportTexts.LANGUAGES::contains).findFirst()
                .map(ExportTexts::in).orElseGet(() -> ExportTexts.in("en"));
    }

    /** 200 with the body streamed, its media type and {@code Content-Disposition: attachment}. */
    static Response attachment(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The table a CSV export holds: the first by default. */
    static String table(String requested, List<String> tables) {
        if (requested == null || requested.isBlank()) return tables.get(0);
        if (!tables.contains(requested))
            throw new IllegalArgumentException("table must be one of " + String.join(", ", tables) + ", not " + requested);
        return requested;
    }
}
