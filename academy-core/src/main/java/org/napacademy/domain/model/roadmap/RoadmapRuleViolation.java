package org.napacademy.domain.model.roadmap;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of roadmaps, their result trees, indicators or measurements was broken. */
public class RoadmapRuleViolation extends DomainRuleViolation {
    public RoadmapRuleViolation(String message) { super(message); }
}
