package org.napacademy.domain.model.roadmap;

/** The four pillars of UN Security Council resolution 1325 on Women, Peace and Security. */
public enum Pillar {
    PARTICIPATION, PREVENTION, PROTECTION, RELIEF_AND_RECOVERY
}
