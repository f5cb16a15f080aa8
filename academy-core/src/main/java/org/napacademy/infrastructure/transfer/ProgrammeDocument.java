package org.napacademy.infrastructure.transfer;

import java.util.List;

/**
 * The programme document, version 2 (version 1, before programmes had their own tags and words, is still read):
 * <pre>
 * { "format": "napacademy-programme", "version": 2, "exportedAt": "2026-...Z",
 *   "programme": {...}, "sponsors": [...], "napEvents": [...], "modules": [...], "cohorts": [...],
 *   "delegations": [...], "users": [...], "sessions": [...], "roadmaps": [...], "progressReports": [...],
 *   "assistanceRequests": [...], "mentoringNotes": [...], "certificates": [...], "committeeSeats": [...] }
 * </pre>
 * Sections come in this order, so that whatever an element refers to comes before it; every element has a
 * "key" (its id in the exporting database, or a user's username), references name keys, countries their
 * ISO alpha-2 code. Decimals are strings, dates and times ISO 8601 (instants in UTC, session times in the
 * venue's local time). Absent optional values are left out.
 */
final class ProgrammeDocument {
    static final String FORMAT = "napacademy-programme";
    static final int VERSION = 2;
    /** Version 1 named the four WPS pillars ("pillars", a node's "pillar") where version 2 has tags. */
    static final int OLDEST_READABLE_VERSION = 1;
    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "version";
    static final String EXPORTED_AT_FIELD = "exportedAt";

    /** In document order. */
    static final List<TransferKind> KINDS = List.of(new ProgrammeKind(), new SponsorKind(), new NapEventKind(), new ModuleKind(), new ModuleResourceKind(),
            new CohortKind(), new DelegationKind(), new UserKind(), new SessionKind(), new RoadmapKind(), new ProgressReportKind(),
            new AssistanceRequestKind(), new MentoringNoteKind(), new CertificateKind(), new CommitteeSeatKind());

    private ProgrammeDocument() { }
}
