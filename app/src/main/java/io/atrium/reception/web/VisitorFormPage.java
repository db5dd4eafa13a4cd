package io.atrium.reception.web;

import io.atrium.directory.Member;
import io.atrium.reception.Hosts;
import io.atrium.reception.NewVisitor;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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

  /** How many hosts the picker offers at once; a search narrows them down. */
  static final int HOST_CHOICES = 50;

  private String centreParam;
  private String hostSearch;
  private boolean moreHosts;
  private List<Centre> centreChoices;
  private List<Member> hostChoices;
  protected NewVisitor form;

  /**
   * A form posted to a server that did not draw it, its own having died, finds no bean: Liberty's
   * session cache brings the signed-in session and the view over, but cannot read MyFaces' view
   * scope back on another server (README, "Running more than one server"). The bean is then made as
   * the page's first request made it, and the posted fields fill it, so that the click still works
   * there (TwoServersIT).
   */
  @PostConstruct
  void rebuildOnPostback() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.isPostback()) {
      prepare();
    }
  }

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
    hostSearch = null;
    searchHosts();
  }

  /** The hosts whose name or e-mail holds the search text, and whether some were left out. */
  public void searchHosts() {
    List<Member> found =
        form.getCentreId() == null
            ? List.of()
            : hosts.activeIn(form.getCentreId(), hostSearch, HOST_CHOICES);
    moreHosts = found.size() > HOST_CHOICES;
    hostChoices = moreHosts ? List.copyOf(found.subList(0, HOST_CHOICES)) : found;
    if (hostChoices.stream().noneMatch(m -> m.getId().equals(form.getHostId()))) {
      form.setHostId(null);
    }
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

  /** Whether more hosts match than the picker shows. */
  public boolean isMoreHosts() {
    return moreHosts;
  }

  public String getHostSearch() {
    return hostSearch;
  }

  public void setHostSearch(String hostSearch) {
    this.hostSearch = hostSearch;
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
