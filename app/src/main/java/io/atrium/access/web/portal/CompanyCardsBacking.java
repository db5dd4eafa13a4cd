package io.atrium.access.web.portal;

import io.atrium.access.AccessCard;
import io.atrium.access.CardChoices;
import io.atrium.access.Cards;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Client space → Access cards: the cards the centre gave the member's company, for its
 * administrators and managers (client right MEMBERS), who give each to an employee, take it back,
 * or declare it lost. Other members see the cards given to them.
 */
@Named
@ViewScoped
public class CompanyCardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject Cards cards;

  @Inject CardChoices choices;

  private List<AccessCard> rows = List.of();
  private List<CardChoices.Choice> people = List.of();
  private Long cardId;
  private Long memberId;

  public void load() {
    rows = cards.list(new Cards.Search(null, null, null, null), 0, 500);
    people = isManager() ? choices.members(null) : List.of();
  }

  /** Whether the member manages the company's cards. */
  public boolean isManager() {
    return caller.isMember() && caller.may(ClientRight.MEMBERS);
  }

  public void startAssign(AccessCard card) {
    cardId = card.getId();
    memberId = card.getMember() == null ? null : card.getMember().getId();
  }

  public void assign() {
    if (PageErrors.run(() -> cards.assign(cardId, memberId), "card.assigned", "assignForm")) {
      load();
    }
  }

  public void release(long id) {
    PageErrors.run(() -> cards.release(id), "card.releasedDone", "cards");
    load();
  }

  public void lost(long id) {
    PageErrors.run(() -> cards.lost(id), "card.lostDone", "cards");
    load();
  }

  public List<AccessCard> getRows() {
    return rows;
  }

  public List<CardChoices.Choice> getPeople() {
    return people;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }
}
