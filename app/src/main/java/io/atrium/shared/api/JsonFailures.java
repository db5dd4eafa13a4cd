package io.atrium.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

/** Which side of a request a JSON failure is on: the caller's body, or the server's answer. */
final class JsonFailures {

  private JsonFailures() {}

  /**
   * A request body that is not JSON, or JSON of the wrong shape for its record: the caller's
   * mistake, however deep the JSON binding layer wraps it (RESTEasy: ProcessingException around a
   * JsonbException or a parsing exception).
   */
  static boolean unreadableBody(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return !whileAnswering(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether JSON-B failed while writing the answer (a {@code MessageBodyWriter.writeTo} on its
   * stack): the server's fault, an incident, where it used to be answered as the caller's bad body
   * and never logged (a response type JSON-B could not write made three GETs answer 400).
   */
  static boolean whileAnswering(Throwable jsonFailure) {
    for (StackTraceElement frame : jsonFailure.getStackTrace()) {
      if ("writeTo".equals(frame.getMethodName())) {
        return true;
      }
    }
    return false;
  }
}
