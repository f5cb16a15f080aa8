package org.napacademy.application;

import org.napacademy.domain.model.roadmap.ResultLevel;

/** A node to add to a roadmap: a goal when {@code parentId} is null, else a child of that node. */
public record NewNode(Long parentId, ResultLevel level, NodeDetails details) {
}
