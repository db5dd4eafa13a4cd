package io.atrium.directory.web.companies;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.NewMember;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** Annuaire → Entreprises: the searchable company table and the "+" dialog that creates one. */
@Named
@ViewScoped
public class ListCompaniesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Companies companies;

  @Inject Centres centres;

  @Inject Caller caller;

  private CompanyRows rows;
  private List<Centre> centreChoices;
  private Company draft;
  private NewMember contact;

  /** Refuses callers without companies:read before anything is shown. */
  public void open() {
    caller.require(Area.COMPANIES, Action.READ);
    rows = new CompanyRows(companies);
    centreChoices = centres.visible();
    startCreate();
  }

  /** A blank form; the centre is chosen already for someone who works in one only. */
  public void startCreate() {
    draft =
        new Company(
            null, Company.Kind.PROSPECT, centreChoices.size() == 1 ? centreChoices.get(0) : null);
    contact = new NewMember();
  }

  public void create() {
    try {
      Company created = companies.create(draft, contact);
      Messages.addGlobalInfo("company.created", created.getName(), contact.getFullName());
      startCreate();
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "createForm");
    }
  }

  public CompanyRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Company.Kind[] getKinds() {
    return Company.Kind.values();
  }

  public Company.Status[] getStatuses() {
    return Company.Status.values();
  }

  public Company getDraft() {
    return draft;
  }

  public NewMember getContact() {
    return contact;
  }
}
