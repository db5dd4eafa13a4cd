package io.atrium.shared.files;

/**
 * Which names of uploaded files are taken: a plain name, as browsers send it. A path, a control
 * character (NUL made the multipart reader fail the whole request) or markup is refused with a
 * message rather than silently cut or dropped.
 */
public final class UploadFileNames {

  /** Set on a request one of whose files was dropped for its name, so the page can say why. */
  public static final String REFUSED = "atrium.upload.refusedName";

  private static final int MAX_LENGTH = 200;

  private UploadFileNames() {}

  public static boolean acceptable(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || "/\\<>:\"|?*".indexOf(c) >= 0) {
        return false;
      }
    }
    return !name.equals(".") && !name.equals("..");
  }
}
