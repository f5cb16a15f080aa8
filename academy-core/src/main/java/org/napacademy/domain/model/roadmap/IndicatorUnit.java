package org.napacademy.domain.model.roadmap;

/** How an indicator is measured. QUALITATIVE indicators carry narratives, not numbers. */
public enum IndicatorUnit {
    NUMBER, PERCENT, YES_NO, QUALITATIVE
}
