package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The node's new list of budget lines, replacing the old one. */
public record BudgetLinesRequest(@NotNull @Valid List<@NotNull BudgetLineRequest> lines, Long version) {
}
