package org.napacademy.infrastructure.transfer;

import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.LocalizedText;

/** What the kinds write with: the programme, the database and the generator, with helpers for the field types. */
final class Exporting {
    static final String KEY = "key";

    private final EntityManager em;
    private final Programme programme;
    private final JsonGenerator json;

    Exporting(EntityManager em, Programme programme, JsonGenerator json) {
        this.em = em;
        this.programme = programme;
        this.json = json;
    }

    Programme programme() { return programme; }

    JsonGenerator json() { return json; }

    /** The document's key of an entity: its id in this database, as text. */
    static String key(AbstractEntity entity) { return String.valueOf(entity.id()); }

    /** The results of a JPQL query whose ?1 is the programme (and ?2, ?3... the further values), streamed. */
    <T> Stream<T> query(String jpql, Class<T> type, Object... more) {
        var parameters = new Object[more.length + 1];
        parameters[0] = programme;
        System.arraycopy(more, 0, parameters, 1, more.length);
        return select(jpql, type, parameters);
    }

    /** The results of a JPQL query with the positional parameters ?1, ?2..., streamed. */
    <T> Stream<T> select(String jpql, Class<T> type, Object... parameters) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < parameters.length; i++) query.setParameter(i + 1, parameters[i]);
        return query.getResultStream();
    }

    /** Writes an array of the items, one object each. */
    <T> void array(String name, Stream<T> items, Consumer<T> writeOne) {
        json.writeStartArray(name);
        items.forEach(item -> {
            json.writeStartObject();
            writeOne.accept(item);
            json.writeEnd();
        });
        json.writeEnd();
    }

    void writeKey(AbstractEntity entity) { json.write(KEY, key(entity)); }

    void ref(String name, AbstractEntity entity) { json.write(name, key(entity)); }

    void optionalRef(String name, Optional<? extends AbstractEntity> entity) { entity.ifPresent(e -> ref(name, e)); }

    void text(String name, String value) { json.write(name, value); }

    void optionalText(String name, Optional<String> value) { value.ifPresent(v -> json.write(name, v)); }

    void number(String name, long value) { json.write(name, value); }

    void optionalNumber(String name, Optional<Integer> value) { value.ifPresent(v -> json.write(name, v)); }

    void decimal(String name, BigDecimal value) { json.write(name, value.stripTrailingZeros().toPlainString()); }

    void optionalDecimal(String name, Optional<BigDecimal> value) { value.ifPresent(v -> decimal(name, v)); }

    void bool(String name, boolean value) { json.write(name, value); }

    void enumValue(String name, Enum<?> value) { json.write(name, value.name()); }

    void optionalEnum(String name, Optional<? extends Enum<?>> value) { value.ifPresent(v -> enumValue(name, v)); }

    /** Dates and date-times as ISO 8601. */
    void time(String name, Temporal value) { json.write(name, value.toString()); }

    void optionalTime(String name, Optional<? extends Temporal> value) { value.ifPresent(v -> time(name, v)); }

    void instant(String name, Instant value) { json.write(name, value.toString()); }

    void strings(String name, Collection<String> values) {
        json.writeStartArray(name);
        values.forEach(json::write);
        json.writeEnd();
    }

    /** A text in the four languages, each translation as stored (absent when missing). */
    void localized(String name, LocalizedText text) {
        json.writeStartObject(name);
        for (var language : Fields.LANGUAGES) text.translationIn(language).ifPresent(t -> json.write(language, t));
        json.writeEnd();
    }

    void optionalLocalized(String name, Optional<LocalizedText> text) { text.ifPresent(t -> localized(name, t)); }
}
