package org.napacademy.application;

/** A seat elected to the executive committee of programme {@code programmeId}. */
public record NewSeat(long programmeId, SeatChange seat) {
}
