package org.napacademy.application;

/** An uploaded resource's file as it is handed out: its saved name, the media type sniffed at upload, its bytes. */
public record ResourceDownload(String fileName, String mediaType, byte[] content) {
}
