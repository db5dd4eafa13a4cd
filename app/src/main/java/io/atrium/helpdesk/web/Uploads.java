package io.atrium.helpdesk.web;

import io.atrium.helpdesk.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/** The files of a form's file input, as the helpdesk services take them. */
public final class Uploads {

  private Uploads() {}

  /** The chosen files; an input left empty (no name) gives none. */
  public static List<Upload> of(UploadedFiles files) {
    List<Upload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (UploadedFile file : files.getFiles()) {
      if (file.getFileName() == null || file.getFileName().isBlank()) {
        continue;
      }
      try {
        uploads.add(new Upload(file.getFileName(), file.getInputStream()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }
}
