package dev.mamori.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails through the SMTP server of {@code spring.mail.*}; without
 * one configured, e-mail is off and nothing is queued for it.
 */
@Component
class MailChannel {

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationSettings settings;

	MailChannel(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	boolean configured() {
		return this.sender.getIfAvailable() != null;
	}

	/** Sends one message; throws when the server refuses it or cannot be reached. */
	void send(String to, String subject, String body) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			throw new IllegalStateException("e-mail is not configured (spring.mail.host)");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		mail.send(message);
	}

}
