package io.atrium.notifications;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands mails to the SMTP server of the {@code smtp.*} variables. With no {@code smtp.host} (the
 * embedded, try-it-out mode) nothing is delivered: the outbox keeps each mail as captured, to read
 * on the Sent mail page. Timeouts are short so an unreachable server costs a retry, not a stuck
 * worker.
 */
@ApplicationScoped
public class Mailer {

  private static final String TIMEOUT_MILLIS = "10000";

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "smtp.from", defaultValue = "Atrium <no-reply@atrium.local>")
  String from;

  @Inject
  @ConfigProperty(name = "smtp.starttls", defaultValue = "true")
  boolean startTls;

  private volatile Session session;

  /** Whether mails are delivered; when not, they are only captured. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * Sends one mail as a multipart message: a UTF-8 text part, then its attachments in order.
   *
   * @throws MessagingException when the server cannot be reached or refuses it
   */
  public void send(OutboxMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipient(MimeMessage.RecipientType.TO, recipient(mail));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    MimeMultipart parts = new MimeMultipart(text);
    for (OutboxAttachment attachment : mail.getAttachments()) {
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
      file.setFileName(attachment.getFileName());
      file.setDisposition(Part.ATTACHMENT);
      parts.addBodyPart(file);
    }
    message.setContent(parts);
    Transport.send(message);
  }

  private static InternetAddress recipient(OutboxMail mail) throws MessagingException {
    try {
      return mail.getToName() == null
          ? new InternetAddress(mail.getToEmail(), true)
          : new InternetAddress(mail.getToEmail(), mail.getToName(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 unsupported", e);
    }
  }

  private Session session() {
    if (session == null) {
      Properties props = new Properties();
      props.put("mail.transport.protocol", "smtp");
      props.put("mail.smtp.host", host.orElseThrow());
      props.put("mail.smtp.port", Integer.toString(port));
      props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
      props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
      props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
      // Used when the server offers it, so credentials never cross the network in clear there.
      props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
      Optional<String> login = user.filter(u -> !u.isBlank());
      props.put("mail.smtp.auth", Boolean.toString(login.isPresent()));
      Authenticator authenticator =
          login.isEmpty()
              ? null
              : new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(login.get(), password.orElse(""));
                }
              };
      session = Session.getInstance(props, authenticator);
    }
    return session;
  }
}
