package org.napacademy.domain.model.roadmap;

import java.util.Arrays;

/** The OECD DAC gender equality policy marker of a budget line, with its score 0, 1 or 2. */
public enum GenderMarker {
    NOT_TARGETED(0), SIGNIFICANT(1), PRINCIPAL(2);

    private final int score;

    GenderMarker(int score) { this.score = score; }

    public int score() { return score; }

    public static GenderMarker ofScore(int score) {
        return Arrays.stream(values()).filter(m -> m.score == score).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gender marker scores " + score));
    }
}
