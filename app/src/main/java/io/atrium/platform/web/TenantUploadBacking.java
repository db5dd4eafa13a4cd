package io.atrium.platform.web;

import io.atrium.platform.Operators;
import io.atrium.shared.BusinessException;
import io.atrium.shared.files.UploadFileNames;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.manifest.ManifestException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * "Create a tenant from a manifest" on the registry page: the uploaded tenant.yaml is read whole
 * before anything is written; a wrong one is reported by file, line and field, and creates nothing.
 */
@Named
@RequestScoped
public class TenantUploadBacking {

  @Inject Operators operators;

  /**
   * A manifest is a few kilobytes (the demo ones about 7 kB): a larger file is refused before it is
   * read, since the YAML reader took 12 s on 4 MB and never finished 30 MB.
   */
  static final long MAX_BYTES = 256 * 1024;

  private UploadedFile file;

  public void upload() throws IOException {
    if (Faces.getRequestAttribute(UploadFileNames.REFUSED) != null) {
      refuse("platform.upload.name");
      return;
    }
    if (file == null || file.getSize() == 0) {
      refuse("platform.upload.empty");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      refuse("platform.upload.tooLarge", MAX_BYTES / 1024);
      return;
    }
    String name = file.getFileName();
    if (!UploadFileNames.acceptable(name)) {
      refuse("platform.upload.name");
      return;
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      Tenant tenant = operators.importManifest(name, reader);
      // The news rides in the URL, not the flash: a flash message was now and then consumed by
      // another request of the session between the redirect and the page's GET.
      Faces.redirect(Faces.getRequestURI() + "?created=%s", tenant.getSlug());
    } catch (ManifestException wrong) {
      Messages.addGlobalError("platform.upload.refused", wrong.getMessage());
      Faces.validationFailed();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "upload");
    }
  }

  private static void refuse(String key, Object... arguments) {
    Messages.addGlobalError(key, arguments);
    Faces.validationFailed();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
