package io.atrium.shared.files;

/**
 * A file kept by {@link FileStore}: the key to open it again, what it really is, its size, and the
 * name its uploader gave it (shown to people, never used as a path).
 */
public record StoredFile(String key, FileKind kind, long size, String originalName) {}
