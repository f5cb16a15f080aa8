package org.napacademy.domain.model.roadmap;

/** External indicator frameworks an indicator may point to. */
public enum ReferenceFramework {
    UN_WPS, SDG, OTHER
}
