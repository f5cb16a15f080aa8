package org.napacademy.infrastructure.demo;

import java.util.List;

/** A country's delegation to build: its members (who speak {@code language}) and its roadmap. */
record DelegationPlan(String iso2, String language, List<ParticipantPlan> participants, RoadmapPlan roadmap) {
}
