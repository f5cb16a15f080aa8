package org.napacademy.infrastructure.demo;

/** What the demo loader stored, for the log and for tests. */
public record DemoSummary(int programmes, int sponsors, int modules, int cohorts, int delegations, int participants,
                          int sessions, int attendances, int feedback, int roadmaps, int resultNodes, int indicators,
                          int measurements, int progressReports, int assistanceRequests, int mentoringNotes, int users) {

    @Override public String toString() {
        return "programmes " + programmes + ", sponsors " + sponsors + ", modules " + modules + ", cohorts " + cohorts
                + ", delegations " + delegations + ", participants " + participants + ", sessions " + sessions
                + ", attendance records " + attendances + ", feedback " + feedback + ", roadmaps " + roadmaps
                + ", result nodes " + resultNodes + ", indicators " + indicators + ", targets and actuals " + measurements
                + ", progress reports " + progressReports + ", assistance requests " + assistanceRequests
                + ", mentoring notes " + mentoringNotes + ", users " + users;
    }
}
