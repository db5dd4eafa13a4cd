package io.atrium.reception;

import io.atrium.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The invite form of document 000 (Full Name, Email, Phone, Company, Expected Visit Date, Visit
 * Time, Host, Purpose of Visit, Notes) plus the centre, as pages and the API fill it. Formats are
 * checked here; the rules that need the database (host, centre, date) by {@link Visitors}.
 */
public class NewVisitor implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long centreId;
  private Long hostId;

  @NotBlank
  @Size(max = 120)
  @Text(max = 120)
  private String fullName;

  @Email
  @Size(max = 254)
  @Text(max = 254)
  private String email;

  @Pattern(regexp = "\\+?[0-9][0-9 ().-]{5,28}", message = "{visitor.phone.invalid}")
  private String phone;

  @Size(max = 200)
  @Text(max = 200)
  private String companyName;

  private LocalDate expectedDate;
  private LocalTime visitTime;

  @Size(max = 300)
  @Text(max = 300)
  private String purpose;

  @Size(max = 2000)
  @Text(max = 2000, multiline = true)
  private String notes;

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getHostId() {
    return hostId;
  }

  public void setHostId(Long hostId) {
    this.hostId = hostId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public LocalDate getExpectedDate() {
    return expectedDate;
  }

  public void setExpectedDate(LocalDate expectedDate) {
    this.expectedDate = expectedDate;
  }

  public LocalTime getVisitTime() {
    return visitTime;
  }

  public void setVisitTime(LocalTime visitTime) {
    this.visitTime = visitTime;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
