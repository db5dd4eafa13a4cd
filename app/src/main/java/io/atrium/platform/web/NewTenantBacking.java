package io.atrium.platform.web;

import io.atrium.platform.NewOperator;
import io.atrium.platform.Operators;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The "new tenant" form of the registry page: slug, legal name, country, currency, time zone,
 * language, first centre and first Super Admin, who receives an activation e-mail.
 */
@Named
@RequestScoped
public class NewTenantBacking {

  @Inject Operators operators;

  private String slug;
  private String legalName;
  private String country = "FR";
  private String currency = "EUR";
  private String timeZone = "Europe/Paris";
  private String locale = "fr";
  private String centreCode;
  private String centreName;
  private String centreCity;
  private BigDecimal taxRate = BigDecimal.valueOf(20);
  private String adminName;
  private String adminEmail;

  public void create() throws IOException {
    var form =
        new NewOperator(
            slug,
            legalName,
            country,
            currency,
            timeZone,
            locale,
            centreCode,
            centreName,
            centreCity,
            taxRate,
            adminName,
            adminEmail);
    try {
      Tenant tenant = operators.open(form);
      Messages.addFlashGlobalInfo("platform.opened", tenant.getSlug(), adminEmail.strip());
      Faces.redirect(Faces.getRequestURI());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "newTenant");
    }
  }

  public List<String> getCountries() {
    return NewOperator.countries();
  }

  public List<String> getTimeZones() {
    return NewOperator.timeZones();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getCentreCode() {
    return centreCode;
  }

  public void setCentreCode(String centreCode) {
    this.centreCode = centreCode;
  }

  public String getCentreName() {
    return centreName;
  }

  public void setCentreName(String centreName) {
    this.centreName = centreName;
  }

  public String getCentreCity() {
    return centreCity;
  }

  public void setCentreCity(String centreCity) {
    this.centreCity = centreCity;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }
}
