package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/**
 * A JSON-B failure is the caller's bad body only while a body is read: one while an answer is
 * written is the server's fault (an incident), which three pricing GETs answered as a 400 "the
 * request body is not valid JSON".
 */
class JsonFailuresTest {

  /** Thrown where JAX-RS writes an answer and where it reads a body, as the runtime names them. */
  static final class Provider {
    void writeTo() {
      throw new JsonbException("Generating incomplete JSON");
    }

    void readFrom() {
      throw new JsonbException("Unexpected char");
    }
  }

  private static Throwable thrown(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return new ProcessingException(e);
    }
    throw new AssertionError("nothing thrown");
  }

  @Test
  void aFailureWritingTheAnswerIsNotTheCallersBadBody() {
    var provider = new Provider();
    assertFalse(JsonFailures.unreadableBody(thrown(provider::writeTo)), "writing: a 500");
    assertTrue(JsonFailures.unreadableBody(thrown(provider::readFrom)), "reading: a 400");
  }
}
