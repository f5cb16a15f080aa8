package org.napacademy.infrastructure.transfer;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.napacademy.application.ImportedProgramme;
import org.napacademy.application.ProgrammeImportRefused;

/**
 * Reads a programme document with a streaming parser: only one element of a section (one cohort, one
 * session with its attendance, one roadmap with its tree) is held as a tree at a time. The format and the
 * version come first; sections must follow in document order; anything unreadable is an
 * IllegalArgumentException naming the section and the element. The caller's transaction makes it all or nothing.
 */
final class ProgrammeDocumentReader {
    private static final Map<String, Integer> POSITIONS = ProgrammeDocument.KINDS.stream()
            .collect(Collectors.toMap(TransferKind::section, ProgrammeDocument.KINDS::indexOf));
    private static final Map<String, TransferKind> BY_SECTION = ProgrammeDocument.KINDS.stream()
            .collect(Collectors.toMap(TransferKind::section, Function.identity()));

    private final EntityManager em;

    ProgrammeDocumentReader(EntityManager em) { this.em = em; }

    ImportedProgramme read(InputStream in) {
        var importing = new Importing(em);
        try (var parser = Json.createParser(in)) {
            expect(parser, Event.START_OBJECT, "the document must be a JSON object");
            readFields(parser, importing);
            if (parser.hasNext()) throw new IllegalArgumentException("the document goes on after its end");
        } catch (JsonException unreadable) {
            throw new IllegalArgumentException("The document is not readable JSON: " + unreadable.getMessage());
        }
        if (!importing.hasProgramme()) throw new IllegalArgumentException("the document holds no programme");
        importing.finish();
        em.flush();
        var programme = importing.programme();
        return new ImportedProgramme(programme.id(), programme.name(), importing.counts());
    }

    private static void readFields(JsonParser parser, Importing importing) {
        String format = null;
        Integer version = null;
        int lastPosition = -1;
        for (var event = next(parser); event != Event.END_OBJECT; event = next(parser)) {
            var name = parser.getString();
            var value = next(parser);
            switch (name) {
                case ProgrammeDocument.FORMAT_FIELD -> format = checkedFormat(parser, value);
                case ProgrammeDocument.VERSION_FIELD -> version = checkedVersion(parser, value);
                case ProgrammeDocument.EXPORTED_AT_FIELD -> parser.getValue();
                default -> {
                    var kind = BY_SECTION.get(name);
                    if (kind == null) throw new IllegalArgumentException("the document has an unknown section \"" + name + "\"");
                    if (format == null || version == null)
                        throw new IllegalArgumentException("the document must name its format and version before its sections");
                    int position = POSITIONS.get(name);
                    if (position <= lastPosition)
                        throw new IllegalArgumentException("the section \"" + name + "\" comes out of order or twice");
                    lastPosition = position;
                    readSection(parser, value, kind, importing);
                }
            }
        }
        if (format == null || version == null) throw new IllegalArgumentException("the document names no format or no version");
    }

    private static String checkedFormat(JsonParser parser, Event value) {
        if (value != Event.VALUE_STRING || !ProgrammeDocument.FORMAT.equals(parser.getString()))
            throw new ProgrammeImportRefused("This is not a programme document: its format must be \"" + ProgrammeDocument.FORMAT + "\"");
        return parser.getString();
    }

    private static int checkedVersion(JsonParser parser, Event value) {
        if (value != Event.VALUE_NUMBER || !parser.isIntegralNumber() || parser.getLong() > ProgrammeDocument.VERSION
                || parser.getLong() < ProgrammeDocument.OLDEST_READABLE_VERSION)
            throw new ProgrammeImportRefused("This server reads programme documents of versions " + ProgrammeDocument.OLDEST_READABLE_VERSION
                    + " to " + ProgrammeDocument.VERSION + ", not " + (value == Event.VALUE_NUMBER ? parser.getBigDecimal().toPlainString() : "this one"));
        return (int) parser.getLong();
    }

    /** A section is one object or an array of objects; each is read as a small tree and rebuilt at once. */
    private static void readSection(JsonParser parser, Event value, TransferKind kind, Importing importing) {
        if (value == Event.START_OBJECT) {
            readElement(parser, kind, importing, 0);
            return;
        }
        if (value != Event.START_ARRAY) throw new IllegalArgumentException("the section \"" + kind.section() + "\" must be an object or a list");
        int index = 0;
        for (var event = next(parser); event != Event.END_ARRAY; event = next(parser)) {
            if (event != Event.START_OBJECT) throw new IllegalArgumentException("the section \"" + kind.section() + "\" must list objects");
            readElement(parser, kind, importing, index++);
        }
    }

    private static void readElement(JsonParser parser, TransferKind kind, Importing importing, int index) {
        var element = parser.getObject();
        try {
            kind.read(element, importing);
        } catch (IllegalArgumentException broken) {
            var key = element.get(Exporting.KEY);
            throw new IllegalArgumentException("In \"" + kind.section() + "\", element " + (index + 1)
                    + (key == null ? "" : " (key " + key + ")") + ": " + broken.getMessage(), broken);
        }
    }

    private static Event next(JsonParser parser) {
        if (!parser.hasNext()) throw new IllegalArgumentException("the document ends too early");
        return parser.next();
    }

    private static void expect(JsonParser parser, Event expected, String message) {
        if (next(parser) != expected) throw new IllegalArgumentException(message);
    }
}
