package io.atrium.shared.files;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file people may upload, recognised by their first bytes, never by their name or the
 * type the browser claims: a script renamed {@code photo.jpg} is refused.
 */
public enum FileKind {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  MP4("video/mp4", "mp4"),
  QUICKTIME("video/quicktime", "mov"),
  WEBM("video/webm", "webm"),
  PDF("application/pdf", "pdf"),
  /** Never sniffed: only a caller that has read a whole SVG and found it passive stores one. */
  SVG("image/svg+xml", "svg");

  public static final Set<FileKind> IMAGES = EnumSet.of(JPEG, PNG, GIF, WEBP);
  public static final Set<FileKind> VIDEOS = EnumSet.of(MP4, QUICKTIME, WEBM);

  /** Enough leading bytes to tell every kind apart. */
  static final int SNIFF_BYTES = 16;

  private final String contentType;
  private final String extension;

  FileKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public boolean isImage() {
    return IMAGES.contains(this);
  }

  public boolean isVideo() {
    return VIDEOS.contains(this);
  }

  public static Set<FileKind> imagesAndVideos() {
    EnumSet<FileKind> kinds = EnumSet.copyOf(IMAGES);
    kinds.addAll(VIDEOS);
    return kinds;
  }

  /** The kind the content's first bytes announce, if any we accept. */
  public static Optional<FileKind> sniff(byte[] head) {
    if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (starts(head, 0, 'G', 'I', 'F', '8') && head.length > 5 && head[5] == 'a') {
      return Optional.of(GIF);
    }
    if (starts(head, 0, 'R', 'I', 'F', 'F') && starts(head, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    if (starts(head, 4, 'f', 't', 'y', 'p')) {
      return Optional.of(starts(head, 8, 'q', 't', ' ', ' ') ? QUICKTIME : MP4);
    }
    if (starts(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Optional.of(WEBM);
    }
    if (starts(head, 0, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] head, int offset, int... expected) {
    if (head.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[offset + i] & 0xFF) != (expected[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
