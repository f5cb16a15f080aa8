package org.napacademy.interfaces.rest;

import java.util.Map;
import org.napacademy.application.ImportedProgramme;

/** The outcome of an import: the new programme and how many things of each kind it created (or matched). */
public record ProgrammeImportView(long programmeId, String programmeName, Map<String, Integer> counts) {
    static ProgrammeImportView of(ImportedProgramme imported) {
        return new ProgrammeImportView(imported.programmeId(), imported.programmeName(), imported.counts());
    }
}
