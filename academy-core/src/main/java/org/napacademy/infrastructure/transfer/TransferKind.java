package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;

/**
 * One kind of thing in a programme document (cohorts, sessions, roadmaps...): its section's name, how its
 * elements are written and how one element is rebuilt. Adding a kind is adding one of these to
 * {@link ProgrammeDocument#KINDS}; adding a field is a line in {@link #write} and one in {@link #read}.
 * References between elements use the document's keys (the exporting database's ids as text), never the ids
 * of the importing database.
 */
interface TransferKind {

    /** The section's name in the document, e.g. "cohorts". */
    String section();

    /** Writes the section's value: one object (the programme) or an array of objects. */
    void write(Exporting exporting);

    /** Rebuilds one element of the section. */
    void read(JsonObject element, Importing importing);
}
