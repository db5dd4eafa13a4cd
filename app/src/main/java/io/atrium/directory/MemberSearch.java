package io.atrium.directory;

import java.io.Serializable;

/** What a member list asks for: a text found in the name or e-mail, and which kind of people. */
public record MemberSearch(String text, Who who) implements Serializable {

  /** Company members, on-demand users (no company), or both. */
  public enum Who {
    EVERYONE,
    COMPANY_MEMBERS,
    ON_DEMAND_USERS
  }

  public MemberSearch {
    who = who == null ? Who.EVERYONE : who;
  }
}
