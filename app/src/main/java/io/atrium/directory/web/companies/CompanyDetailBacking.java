package io.atrium.directory.web.companies;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.directory.NewMember;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * The company's file (fiche entreprise), {@code ?id=}: its details to edit, and its members with
 * "Créer un nouvel utilisateur". Another tenant's or another centre's company is not found.
 */
@Named
@ViewScoped
public class CompanyDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Companies companies;

  @Inject Members members;

  @Inject Centres centres;

  @Inject
  @Param(name = "id", converter = "#{companyParam}")
  private Company company;

  private List<Member> people;
  private List<Centre> centreChoices;
  private NewMember newMember = new NewMember();

  public void load() {
    EntityParam.required(company);
    people = members.ofCompany(company.getId());
    centreChoices = centres.visible();
  }

  public void save() {
    try {
      company = companies.update(company);
      Messages.addGlobalInfo("company.saved");
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "tabs:details");
    }
  }

  public void archive() {
    company = companies.archive(company.getId());
    Messages.addGlobalInfo("company.archived");
  }

  public void restore() {
    company = companies.restore(company.getId());
    Messages.addGlobalInfo("company.restored");
  }

  public void addMember() {
    try {
      Member added = members.create(company.getId(), newMember);
      Messages.addGlobalInfo("member.created", added.getFullName());
      newMember = new NewMember();
      load();
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "memberForm");
    }
  }

  public Company getCompany() {
    return company;
  }

  public List<Member> getPeople() {
    return people;
  }

  /**
   * Whether the tenant has VAT centres: French identifiers (SIREN, SIRET, intra-EU VAT number) are
   * asked only then, GSTIN only with GST centres; an Indian operator was asked for a SIRET.
   */
  public boolean isVat() {
    return centreChoices.stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.VAT);
  }

  public boolean isGst() {
    return centreChoices.stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.GST);
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public NewMember getNewMember() {
    return newMember;
  }

  public Company.Kind[] getKinds() {
    return Company.Kind.values();
  }

  public CompanyRole[] getRoles() {
    return CompanyRole.values();
  }
}
