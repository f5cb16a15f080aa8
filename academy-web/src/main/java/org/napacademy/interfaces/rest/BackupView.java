package org.napacademy.interfaces.rest;

import java.time.Instant;
import org.napacademy.application.BackupFile;

/** A database backup: its file name (to download it by), size in bytes and when it was written. */
public record BackupView(String name, long size, Instant createdAt) {

    static BackupView of(BackupFile file) {
        return new BackupView(file.name(), file.size(), file.createdAt());
    }
}
