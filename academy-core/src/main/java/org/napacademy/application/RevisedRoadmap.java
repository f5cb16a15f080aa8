package org.napacademy.application;

import org.napacademy.domain.model.roadmap.Roadmap;

/** A roadmap read whole after its revision was read: it shows that revision or a later one, never an earlier one. */
public record RevisedRoadmap(long revision, Roadmap roadmap) {
}
