package org.napacademy.infrastructure.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.Sex;

/** A fictional participant to enrol, with the sessions (by module code) they missed and the feedback they gave. */
final class ParticipantPlan {

    record Absence(String moduleCode, AttendanceStatus status) { }

    record Rating(String moduleCode, int rating, int before, int after, String comment) { }

    final String givenName;
    final String familyName;
    final Institution institution;
    final String position;
    final Sex sex;
    boolean focalPoint;
    boolean listed;
    final List<Absence> absences = new ArrayList<>();
    final List<Rating> ratings = new ArrayList<>();

    ParticipantPlan(String givenName, String familyName, Institution institution, String position, Sex sex) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.institution = institution;
        this.position = position;
        this.sex = sex;
    }

    ParticipantPlan focalPoint() {
        this.focalPoint = true;
        return this;
    }

    /** Consents to appear in public participant lists. */
    ParticipantPlan listed() {
        this.listed = true;
        return this;
    }

    ParticipantPlan missed(String moduleCode, AttendanceStatus status) {
        absences.add(new Absence(moduleCode, status));
        return this;
    }

    /** A 1-5 rating of the session with the self-assessments before and after it. */
    ParticipantPlan rated(String moduleCode, int rating, int before, int after, String comment) {
        ratings.add(new Rating(moduleCode, rating, before, after, comment));
        return this;
    }

    AttendanceStatus attendanceAt(String moduleCode) {
        return absences.stream().filter(a -> a.moduleCode().equals(moduleCode)).map(Absence::status)
                .findFirst().orElse(AttendanceStatus.PRESENT);
    }

    /** given.family@example.org in plain ASCII: example.org never delivers mail, so no real inbox is reached. */
    String email() { return mailbox(givenName) + "." + mailbox(familyName) + "@example.org"; }

    private static String mailbox(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
