package org.napacademy.infrastructure.demo;

import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** A delegation's roadmap to build: one goal tree, and how far review has taken it. */
record RoadmapPlan(String title, RoadmapStatus status, NodePlan goal) {
}
