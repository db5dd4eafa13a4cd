package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list endpoint's ?page=&size=: brought into range, never refused, never overflowing. */
class PageRequestTest {

  @Test
  void theThirdPageOfTwentyStartsAtRowForty() {
    var request = new PageRequest(2, 20);
    assertEquals(40, request.offset());
    assertEquals(20, request.size());
  }

  @Test
  void sizesOutsideOneToAHundredAreBroughtIntoRange() {
    assertEquals(100, new PageRequest(0, 5000).size());
    assertEquals(1, new PageRequest(0, 0).size());
    assertEquals(1, new PageRequest(0, -3).size());
  }

  @Test
  void aNegativePageIsTheFirst() {
    var request = new PageRequest(-4, 10);
    assertEquals(0, request.page());
    assertEquals(0, request.offset());
  }

  @Test
  void aPageFarBeyondAnyListStaysFarInsteadOfWrappingToANegativeOffset() {
    assertEquals(Integer.MAX_VALUE, new PageRequest(Integer.MAX_VALUE, 100).offset());
  }

  @Test
  void theAnswerCarriesThePageAsServed() {
    var page = new PageRequest(1, 500).of(List.of("a", "b"), 102);
    assertEquals(new Page<>(List.of("a", "b"), 102, 1, 100), page);
  }
}
