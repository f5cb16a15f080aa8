package org.napacademy.interfaces.imports;

/** A column an import reads, by the export's key (e.g. familyName); a required one must be in the header. */
record ImportColumn(String key, boolean required) {

    static ImportColumn required(String key) { return new ImportColumn(key, true); }

    static ImportColumn optional(String key) { return new ImportColumn(key, false); }
}
