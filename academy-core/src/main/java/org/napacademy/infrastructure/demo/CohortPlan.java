package org.napacademy.infrastructure.demo;

import java.util.List;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.shared.DateRange;

/** A convening to build: where and when, its delegations, and the accompaniment that followed it. */
record CohortPlan(String name, Venue venue, DateRange dates, String plenaryRoom, String workshopRoom,
                  List<DelegationPlan> delegations, List<ReportPlan> reports, List<AssistancePlan> assistance) {
}
