package io.atrium.reception.web;

import io.atrium.directory.Companies;
import io.atrium.directory.Members;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.format.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A member's or a company's visitors, newest first ({@code ?member=} or {@code ?company=}): those a
 * member hosted or invited, or those a company's members hosted, in the caller's centres. A member
 * or company the caller may not open is "not found".
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;
  @Inject Members members;
  @Inject Companies companies;
  @Inject VisitorLists lists;
  @Inject VisitorExport export;
  @Inject Formats formats;

  private String member;
  private String company;
  private String subject;
  private VisitorRows rows;

  public void open() {
    caller.require(Area.VISITORS, Action.READ);
    if (member != null) {
      long id = id(member);
      subject = members.get(id).getFullName();
      rows = new VisitorRows(lists, VisitorSearch.ofMember(id));
    } else {
      long id = id(company);
      subject = companies.get(id).getName();
      rows = new VisitorRows(lists, VisitorSearch.ofCompany(id));
    }
  }

  public void exportCsv() throws IOException {
    Pages.sendCsv(export, rows.search(), formats, "visitors-history.csv");
  }

  /** Each visitor's instants in their own centre's time zone. */
  public String stamp(Instant instant, ZoneId zone) {
    return formats.dateTime(instant, zone);
  }

  private static long id(String param) {
    try {
      return Long.parseLong(param.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new NotFoundException();
    }
  }

  public String getSubject() {
    return subject;
  }

  public VisitorRows getRows() {
    return rows;
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }
}
