package io.atrium.identity;

/** Someone who signs in with an e-mail and a password. */
public interface Account {

  Long getId();

  String getEmail();

  String getFullName();

  String getLanguage();

  LoginState getLogin();

  /** Whether the account may sign in at all (active staff, active member). */
  boolean mayLogIn();
}
