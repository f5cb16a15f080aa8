package org.napacademy.interfaces.imports;

import java.util.List;

/** One line of a CSV or row of a sheet as text, numbered as a spreadsheet numbers rows (the header is 1). */
record SheetRow(long number, List<String> cells) {

    String cell(int index) { return index < cells.size() ? cells.get(index) : ""; }

    boolean isBlank() { return cells.stream().allMatch(c -> c == null || c.isBlank()); }
}
