package org.napacademy.application;

/** A row the import will create, described in a line (e.g. "Ana Pérez, Ministry of Women, FEMALE"). */
public record ImportPreviewRow(long row, String description) {
}
