package dev.mamori.web.internal;

import java.util.List;

import dev.mamori.web.LanguagePreferences;
import dev.mamori.web.NavigationItem;
import dev.mamori.web.RequestSizeLimit;
import dev.mamori.web.TopbarWidget;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Languages, the shell's model and the request size limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebConfiguration.WebSettings.class)
class WebConfiguration implements WebMvcConfigurer {

	private final List<NavigationItem> navigation;

	private final List<TopbarWidget> widgets;

	WebConfiguration(List<NavigationItem> navigation, List<TopbarWidget> widgets) {
		this.navigation = navigation;
		this.widgets = widgets;
	}

	/**
	 * Every user-facing string lives in {@code messages_ja.properties} and
	 * {@code messages_en.properties}; Japanese is the fallback, never the server's own
	 * locale.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(dev.mamori.web.Language.DEFAULT.locale());
		return messages;
	}

	@Bean
	LocaleResolver localeResolver(ObjectProvider<LanguagePreferences> preferences) {
		return new MamoriLocaleResolver(preferences);
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebSettings settings,
			List<RequestSizeLimit> limits) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(settings.maxRequestSize().toBytes(), limits));
		// Before Spring Security, which reads form parameters for the CSRF check.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ShellModelInterceptor(this.navigation, this.widgets))
			.excludePathPatterns("/api/**");
	}

	/** {@code mamori.web.*}: the default limit on request bodies. */
	@ConfigurationProperties("mamori.web")
	record WebSettings(DataSize maxRequestSize) {

		WebSettings {
			if (maxRequestSize == null) {
				maxRequestSize = DataSize.ofMegabytes(1);
			}
		}

	}

}
