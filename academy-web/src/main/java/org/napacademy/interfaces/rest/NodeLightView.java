package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;

/** A node's traffic light: its status as set and as rolled up from its children. */
public record NodeLightView(Long id, Long parentId, ResultLevel level, String title, ProgressStatus status,
                            ProgressStatus rolledUpStatus) {

    static NodeLightView of(ResultNode node) {
        return new NodeLightView(node.id(), node.parent().map(ResultNode::id).orElse(null), node.level(), node.title(),
                node.status(), node.rolledUpStatus());
    }
}
