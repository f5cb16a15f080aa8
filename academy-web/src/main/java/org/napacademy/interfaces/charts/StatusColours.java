package org.napacademy.interfaces.charts;

import java.awt.Color;
import java.util.List;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/** The traffic lights as chart colours: done green, on track blue, at risk amber, off track red, not started grey. */
public final class StatusColours {
    /** The statuses a chart shows, in the order of a stacked bar: finished work first. */
    public static final List<ProgressStatus> SHOWN = List.of(ProgressStatus.DONE, ProgressStatus.ON_TRACK,
            ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK, ProgressStatus.NOT_STARTED);
    /** For figures that are not statuses (rates, shares, counts). */
    public static final Color NEUTRAL = new Color(0x1f, 0x4e, 0x79);
    public static final Color SECOND = new Color(0x7b, 0x5e, 0xa7);
    public static final Color THIRD = new Color(0x00, 0x89, 0x7b);
    public static final Color FOURTH = new Color(0xc2, 0x18, 0x5b);
    public static final List<Color> PALETTE = List.of(NEUTRAL, SECOND, THIRD, FOURTH, new Color(0xef, 0x6c, 0x00),
            new Color(0x55, 0x8b, 0x2f), new Color(0x79, 0x55, 0x48), new Color(0x60, 0x7d, 0x8b));

    private StatusColours() {
    }

    public static Color of(ProgressStatus status) {
        return switch (status) {
            case DONE -> new Color(0x2e, 0x7d, 0x32);
            case ON_TRACK -> new Color(0x1e, 0x6f, 0xd9);
            case AT_RISK -> new Color(0xf0, 0xa2, 0x02);
            case OFF_TRACK -> new Color(0xd3, 0x2f, 0x2f);
            case NOT_STARTED -> new Color(0x9e, 0x9e, 0x9e);
            case CANCELLED -> new Color(0xcf, 0xd8, 0xdc);
        };
    }
}
