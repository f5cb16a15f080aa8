package org.napacademy.application;

import java.time.Instant;

/** A backup of the database in the backup directory: its file name, size in bytes and when it was written. */
public record BackupFile(String name, long size, Instant createdAt) {
}
