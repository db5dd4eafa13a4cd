package io.atrium.spaces.web;

import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.InventoryImport;
import io.atrium.spaces.InventoryImportException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The inventory's CSV import into the centre the list shows: the file's every wrong line is listed
 * under the form (nothing was written), or the count added is said.
 */
@Named
@ViewScoped
public class InventoryImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Read at most one byte more than allowed, so a larger file is refused without reading it. */
  private static final int READ_LIMIT = 1024 * 1024 + 1;

  @Inject InventoryImport inventoryImport;

  @Inject InventoryBacking list;

  private transient UploadedFile file;
  private final ArrayList<io.atrium.shared.csv.LineError> errors = new ArrayList<>();

  public void upload() {
    errors.clear();
    try {
      byte[] content = new byte[0];
      String name = null;
      if (file != null && file.getSize() > 0) {
        name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
          content = in.readNBytes(READ_LIMIT);
        }
      }
      int added = inventoryImport.importFile(list.getRows().getCentreId(), name, content);
      Messages.addGlobalInfo("inventory.imported", added);
    } catch (InventoryImportException refused) {
      errors.addAll(refused.errors());
      Messages.addGlobalError(refused.messageKey(), refused.arguments());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "importForm");
    } catch (IOException unreadable) {
      Messages.addGlobalError("inventory.import.empty");
    }
  }

  public List<io.atrium.shared.csv.LineError> getErrors() {
    return errors;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
