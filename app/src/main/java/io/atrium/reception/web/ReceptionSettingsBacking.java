package io.atrium.reception.web;

import io.atrium.reception.ReceptionSettings;
import io.atrium.reception.Retention;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * Reception → Settings: how many days visitors' personal data is kept (default 365). For staff with
 * settings:edit; the service refuses anyone else.
 */
@Named
@ViewScoped
public class ReceptionSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Retention retention;

  private ReceptionSettings settings;

  public void open() {
    settings = retention.settings();
  }

  public void save() {
    settings = retention.save(settings);
    Messages.addGlobalInfo("reception.settings.saved");
  }

  public ReceptionSettings getSettings() {
    return settings;
  }
}
