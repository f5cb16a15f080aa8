package org.napacademy.application;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.ParticipantRole;

/**
 * Participants into one delegation: a name or e-mail address may appear once, in the file or among the
 * members; at most one focal point. The export has no institution type, so imported institutions are OTHER.
 */
final class ParticipantImport implements RowImport<ImportedParticipant> {
    private final Delegation delegation;
    private final Runnable flush;
    private final Map<String, Long> names = new HashMap<>();
    private final Map<String, Long> emails = new HashMap<>();
    private long focalPointRow;

    /** {@code flush}: writes pending changes (the repository's flush). */
    ParticipantImport(Delegation delegation, Runnable flush) {
        this.delegation = delegation;
        this.flush = flush;
        delegation.participants().forEach(member -> {
            names.put(key(member.givenName() + " " + member.familyName()), 0L);
            member.email().ifPresent(email -> emails.put(key(email), 0L));
        });
    }

    @Override public Outcome apply(long row, ImportedParticipant p, ImportTally tally) {
        long before = tally.errorCount();
        if (p.delegation() != null && !isOwnCountry(p.delegation()))
            tally.error(row, "delegation", p.delegation() + " is not this delegation's country ("
                    + delegation.country().name().en() + ")");
        duplicate(names, key(p.givenName() + " " + p.familyName()), row, "familyName",
                p.givenName() + " " + p.familyName(), tally);
        if (p.email() != null) duplicate(emails, key(p.email()), row, "email", p.email(), tally);
        if (p.role() == ParticipantRole.FOCAL_POINT) {
            if (focalPointRow > 0) tally.error(row, "role", "A delegation has one focal point; row " + focalPointRow + " names one already");
            else focalPointRow = row;
        }
        if (tally.errorCount() > before) return Outcome.REFUSED;
        var participant = delegation.enrol(p.givenName(), p.familyName(), p.email(),
                new Institution(p.affiliation(), InstitutionType.OTHER), p.position(), p.sex());
        if (p.role() == ParticipantRole.FOCAL_POINT) delegation.appointFocalPoint(participant);
        return Outcome.CREATED;
    }

    private static void duplicate(Map<String, Long> seen, String key, long row, String column, String shown, ImportTally tally) {
        var earlier = seen.putIfAbsent(key, row);
        if (earlier == null) return;
        tally.error(row, column, earlier == 0 ? shown + " is already a member of this delegation"
                : shown + " appears twice in the file (row " + earlier + " too)");
    }

    private boolean isOwnCountry(String written) {
        var country = delegation.country();
        var name = country.name();
        return Stream.of(country.iso2(), country.iso3(), name.en(), name.in(Locale.forLanguageTag("es")),
                        name.in(Locale.forLanguageTag("pt")), name.in(Locale.forLanguageTag("fr")))
                .anyMatch(candidate -> candidate != null && key(candidate).equals(key(written)));
    }

    @Override public String describe(ImportedParticipant p) {
        var line = new StringBuilder(p.givenName()).append(' ').append(p.familyName()).append(" · ").append(p.affiliation())
                .append(" · ").append(p.sex());
        if (p.email() != null) line.append(" · ").append(p.email());
        if (p.role() == ParticipantRole.FOCAL_POINT) line.append(" · ").append(ParticipantRole.FOCAL_POINT);
        return line.toString();
    }

    @Override public void flush() { flush.run(); }

    /** Case, accents and spacing do not make two names different. */
    static String key(String text) {
        var plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
