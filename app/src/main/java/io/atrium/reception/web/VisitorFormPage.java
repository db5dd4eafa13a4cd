package io.atrium.reception.web;

import io.atrium.directory.Member;
import io.atrium.reception.Hosts;
import io.atrium.reception.NewVisitor;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * What the invite and walk-in pages share: a centre among the caller's ({@code ?centre=} chooses
 * one), the active members of that centre to host, and the visitor's form.
 */
public abstract class VisitorFormPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Centres centres;

  @Inject Hosts hosts;

  private String centreParam;
  private List<Centre> centreChoices;
  private List<Member> hostChoices;
  protected NewVisitor form;

  /** A blank form at the centre of the address, or the caller's first. */
  protected void prepare() {
    centreChoices = centres.visible();
    form = new NewVisitor();
    centreChoices.stream()
        .filter(c -> centreParam == null || c.getId().toString().equals(centreParam))
        .findFirst()
        .or(() -> centreChoices.stream().findFirst())
        .ifPresent(c -> form.setCentreId(c.getId()));
    centreChanged();
  }

  /** Another centre, other hosts. */
  public void centreChanged() {
    form.setHostId(null);
    hostChoices = form.getCentreId() == null ? List.of() : hosts.activeIn(form.getCentreId());
  }

  protected Centre centre() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(form.getCentreId()))
        .findFirst()
        .orElse(null);
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Member> getHosts() {
    return hostChoices;
  }

  public NewVisitor getForm() {
    return form;
  }

  public String getCentreParam() {
    return centreParam;
  }

  public void setCentreParam(String centreParam) {
    this.centreParam = centreParam;
  }
}
