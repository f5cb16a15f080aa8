package org.napacademy.interfaces.export;

import java.util.List;
import org.napacademy.application.CohortDocument;
import org.napacademy.domain.model.curriculum.AttendanceStatus;

/**
 * A cohort as tables: its participants, its sessions with attendance rates, and each attendance record.
 * The participants' table carries their email addresses, which only trainers should see: the exports are
 * not yet behind the platform's access policy (it comes with the security slice), so whoever may call the
 * API today gets them.
 */
public final class CohortTables {
    public static final String PARTICIPANTS = "participants";
    public static final String SESSIONS = "sessions";
    public static final String ATTENDANCE = "attendance";
    public static final List<String> NAMES = List.of(PARTICIPANTS, SESSIONS, ATTENDANCE);

    private CohortTables() { }

    public static List<Table> of(CohortDocument document, ExportTexts texts) {
        return List.of(participants(document, texts), sessions(document, texts), attendance(document, texts));
    }

    /**
     * By delegation (country name), family name, given name. Headers stay the platform's words, not the programme's:
     * the participant import reads this table back.
     */
    public static Table participants(CohortDocument document, ExportTexts texts) {
        var table = new Table(PARTICIPANTS, texts.text("table.participants"), RoadmapTables.headers(texts, "delegation",
                "familyName", "givenName", "affiliation", "position", "sex", "role", "email"));
        document.participants().forEach(p -> table.row(p.delegation().country().name().in(texts.locale()), p.familyName(),
                p.givenName(), p.institution().name(), p.position().orElse(null), texts.label(p.sex()), texts.label(p.role()),
                p.email().orElse(null)));
        return table;
    }

    /** In time order; times are the venue's wall-clock time, named by the time zone column. */
    public static Table sessions(CohortDocument document, ExportTexts texts) {
        var table = new Table(SESSIONS, texts.text("table.sessions"), RoadmapTables.headers(texts, "module", "start", "end",
                "timeZone", "room", "trainers", "recorded", "present", "attendanceRate"));
        var zone = document.cohort().venue().timeZone().getId();
        document.sessions().forEach(s -> {
            var recorded = document.attendanceOf(s);
            table.row(s.module().title().in(texts.locale()), s.startsAt(), s.endsAt(), zone, s.room().orElse(null),
                    String.join(", ", s.trainers()), (long) recorded.size(),
                    recorded.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count(),
                    document.attendanceRate(s).map(rate -> rate.movePointRight(2).stripTrailingZeros()).orElse(null));
        });
        return table;
    }

    /** One row per participant and session with a recorded status. */
    public static Table attendance(CohortDocument document, ExportTexts texts) {
        var table = new Table(ATTENDANCE, texts.text("table.attendance"), RoadmapTables.headers(texts, "module", "start",
                "delegation", "familyName", "givenName", "status"));
        document.sessions().forEach(s -> document.attendanceOf(s).forEach(a -> table.row(s.module().title().in(texts.locale()),
                s.startsAt(), a.participant().delegation().country().name().in(texts.locale()), a.participant().familyName(),
                a.participant().givenName(), texts.label(a.status()))));
        return table;
    }
}
