package io.atrium.reception.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.KioskDevice;
import io.atrium.reception.KioskDevices;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.signin.PublicAddress;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Reception → Settings, Kiosks: staff with settings:edit create a kiosk for one of their centres
 * and get its one-time pairing code and link (shown once: only its hash is kept), see their
 * centres' kiosks and revoke them. The link's address comes from {@code PUBLIC_URL}.
 */
@Named
@ViewScoped
public class KioskDevicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject KioskDevices devices;

  @Inject Centres centres;

  @Inject PublicAddress address;

  @Inject Formats formats;

  private List<KioskDevice> list;
  private List<Centre> centreChoices;
  private Long centreId;
  private String name;
  private KioskDevice created;
  private String pairingCode;
  private String pairingLink;

  public void open() {
    caller.require(Area.SETTINGS, Action.EDIT);
    centreChoices = centres.visible();
    if (centreChoices.size() == 1) {
      centreId = centreChoices.get(0).getId();
    }
    list = devices.list();
  }

  public void create() {
    try {
      KioskDevices.Created made = devices.create(centreId, name);
      created = made.device();
      pairingCode = made.pairingCode();
      pairingLink =
          address.base()
              + "/reception/kiosk/index.xhtml?workspace="
              + URLEncoder.encode(caller.getPrincipal().tenantSlug(), StandardCharsets.UTF_8)
              + "&code="
              + pairingCode;
      Messages.addGlobalInfo("kiosk.devices.created", created.getName());
      name = null;
      list = devices.list();
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "kiosks");
    }
  }

  public void revoke(KioskDevice device) {
    KioskDevice revoked = devices.revoke(device.getId());
    Messages.addGlobalInfo("kiosk.devices.revoked", revoked.getName());
    if (created != null && created.getId().equals(revoked.getId())) {
      created = null;
    }
    list = devices.list();
  }

  /** When the device was last seen, on its centre's clock. */
  public String seen(KioskDevice device) {
    return formats.dateTime(device.getLastSeenAt(), device.getCentre().zone());
  }

  public List<KioskDevice> getList() {
    return list;
  }

  public List<Centre> getCentreChoices() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public KioskDevice getCreated() {
    return created;
  }

  public String getPairingCode() {
    return pairingCode;
  }

  public String getPairingLink() {
    return pairingLink;
  }
}
