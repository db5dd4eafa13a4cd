package io.atrium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person of the company that runs Atrium itself: creates and suspends tenants, nothing else. */
@Entity
@Table(name = "platform_admin")
public class PlatformAdmin implements Account {

  @Id private Long id;

  private String email;

  @Column(name = "full_name")
  private String fullName;

  @Embedded private LoginState login = new LoginState();

  @Version private long version;

  protected PlatformAdmin() {}

  public PlatformAdmin(long id, String email, String fullName) {
    this.id = id;
    this.email = email.trim().toLowerCase();
    this.fullName = fullName;
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public String getEmail() {
    return email;
  }

  @Override
  public String getFullName() {
    return fullName;
  }

  @Override
  public String getLanguage() {
    return "en";
  }

  @Override
  public LoginState getLogin() {
    return login;
  }

  @Override
  public boolean mayLogIn() {
    return true;
  }
}
