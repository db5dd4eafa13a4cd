package io.atrium.notifications;

import java.util.Map;

/**
 * An e-mail to send: to whom, in which language, with which template ({@code mail.<template>.
 * subject} and {@code .body} in the message bundles, {@code {name}} placeholders from params).
 */
public record Mail(
    String toEmail, String toName, String language, String template, Map<String, String> params) {}
