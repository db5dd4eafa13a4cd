package io.atrium.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * GreenMail on {@code it.smtp.port}, where the test server sends mail (failsafe sets SMTP_HOST and
 * SMTP_PORT). It runs in the test JVM, so only client-side test code may touch it; tests that also
 * run code in the server keep it out of their fields and signatures, which the server, without
 * GreenMail, inspects.
 */
public final class MailCatcher {

  private static GreenMail smtp;

  private MailCatcher() {}

  /** A new, empty SMTP server; any previous one is stopped. */
  public static synchronized void start() {
    stop();
    smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "localhost", "smtp"));
    smtp.start();
  }

  /** Stops the server: the application's SMTP connections are refused until the next start. */
  public static synchronized void stop() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** The mails received so far whose recipients include an address matching the filter. */
  public static synchronized List<Received> receivedBy(Predicate<String> recipient) {
    List<Received> found = new ArrayList<>();
    if (smtp == null) {
      return found;
    }
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Received received = Received.of(message);
      if (received.to().stream().anyMatch(recipient)) {
        found.add(received);
      }
    }
    return found;
  }

  /** The raw messages received so far for a recipient matching, to read their attachments. */
  public static synchronized List<MimeMessage> messagesTo(Predicate<String> recipient) {
    List<MimeMessage> found = new ArrayList<>();
    if (smtp == null) {
      return found;
    }
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (Received.of(message).to().stream().anyMatch(recipient)) {
        found.add(message);
      }
    }
    return found;
  }

  /** Waits until at least {@code count} matching mails arrived, and returns all of them. */
  public static List<Received> await(Predicate<String> recipient, int count, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<Received> found = receivedBy(recipient);
    while (found.size() < count && System.nanoTime() < end) {
      Thread.sleep(200);
      found = receivedBy(recipient);
    }
    return found;
  }

  /**
   * The mails to {@code recipient} once every one of {@code subjects} is among them (or the time is
   * up): unlike a count, not fooled by mails that an earlier test class left in the outbox and that
   * arrive when this class starts its server.
   */
  public static List<Received> awaitSubjects(
      Predicate<String> recipient, Collection<String> subjects, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<Received> found = receivedBy(recipient);
    while (!found.stream().map(Received::subject).toList().containsAll(subjects)
        && System.nanoTime() < end) {
      Thread.sleep(200);
      found = receivedBy(recipient);
    }
    return found;
  }

  /** One received mail, read while GreenMail still holds it. */
  public record Received(List<String> to, String subject, String body, String from) {

    static Received of(MimeMessage message) {
      try {
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients()) {
          to.add(((jakarta.mail.internet.InternetAddress) address).getAddress());
        }
        return new Received(
            to, message.getSubject(), text(message), message.getFrom()[0].toString());
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The decoded text/plain content, from a multipart message or a plain one. */
    private static String text(Part part) throws MessagingException, IOException {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = text(multipart.getBodyPart(i));
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    }
  }
}
