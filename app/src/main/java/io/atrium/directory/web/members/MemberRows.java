package io.atrium.directory.web.members;

import io.atrium.directory.Member;
import io.atrium.directory.MemberSearch;
import io.atrium.directory.Members;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The member table's rows, a page at a time from {@link Members}, with its search box. */
public class MemberRows extends TableRows<Member> {

  private static final long serialVersionUID = 1L;

  private final Members members;
  private String text;
  private MemberSearch.Who who = MemberSearch.Who.EVERYONE;

  MemberRows(Members members) {
    this.members = members;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) members.count(new MemberSearch(text, who));
  }

  @Override
  public List<Member> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return members.list(new MemberSearch(text, who), first, pageSize);
  }

  @Override
  public String getRowKey(Member member) {
    return String.valueOf(member.getId());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public MemberSearch.Who getWho() {
    return who;
  }

  public void setWho(MemberSearch.Who who) {
    this.who = who;
  }
}
