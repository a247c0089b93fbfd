package dev.mamori.product.web;

import java.util.List;
import java.util.Locale;

import dev.mamori.product.internal.ProductView;
import dev.mamori.product.internal.RuleCatalogs;
import dev.mamori.product.internal.VersionView;
import dev.mamori.product.lifecycle.LegacyEvaluation;
import dev.mamori.product.lifecycle.MilestoneChange;
import dev.mamori.product.lifecycle.Obligation;
import dev.mamori.product.lifecycle.Reason;
import dev.mamori.product.web.ApiDtos.Assessment;
import dev.mamori.product.web.ApiDtos.Change;
import dev.mamori.product.web.ApiDtos.Completion;
import dev.mamori.product.web.ApiDtos.Control;
import dev.mamori.product.web.ApiDtos.Legacy;
import dev.mamori.product.web.ApiDtos.ObligationItem;
import dev.mamori.product.web.ApiDtos.ProductResponse;
import dev.mamori.product.web.ApiDtos.VersionResponse;
import dev.mamori.product.web.ApiDtos.VersionSummary;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Maps views to API bodies, saying reasons and names in the caller's language. */
@Component
class ApiMapper {

	private final ReasonTexts reasons;

	private final RuleCatalogs rules;

	ApiMapper(ReasonTexts reasons, RuleCatalogs rules) {
		this.reasons = reasons;
		this.rules = rules;
	}

	ProductResponse product(ProductView product) {
		var details = product.details();
		return new ProductResponse(product.id().value(), details.name(), details.modelNumber(), details.genericName(),
				details.deviceClass(), details.samd(), details.approvalNumber(), details.intendedEnvironment(),
				details.interfaces().stream().sorted().toList(), details.wirelessKinds().stream().sorted().toList(),
				details.securityContact(), product.revision(), product.day(),
				product.versions().stream().map(this::summary).toList());
	}

	VersionSummary summary(VersionView version) {
		return new VersionSummary(version.id().value(), version.version(), version.dates().release(),
				version.dates().eol(), version.dates().eos(), version.phase(), legacy(version.legacy()));
	}

	VersionResponse version(VersionView version, Locale locale) {
		String language = locale.getLanguage();
		return new VersionResponse(version.id().value(), version.productId().value(), version.version(),
				version.dates().release(), version.dates().eol(), version.dates().eos(), version.supportPlan(),
				version.upgradeOptions(), version.revision(), version.day(), version.phase(), legacy(version.legacy()),
				version.lacksEndOfLifePlan(),
				version.controls()
					.stream()
					.map((control) -> new Control(control.controlId(),
							this.rules.controls()
								.find(control.controlId())
								.map((known) -> known.name(language))
								.orElse(control.controlId()),
							control.specification()))
					.toList(),
				version.obligations().stream().map((obligation) -> obligation(obligation, locale)).toList(),
				version.assessments()
					.stream()
					.map((assessment) -> new Assessment(assessment.assessedOn(), assessment.protectedByUpdates(),
							assessment.protectedByControls(),
							assessment.controlsAtAssessment().stream().sorted().toList(), assessment.rationale(),
							assessment.assessor()))
					.toList(),
				version.changes().stream().map(ApiMapper::change).toList());
	}

	ObligationItem obligation(Obligation obligation, Locale locale) {
		var completion = obligation.completion();
		return new ObligationItem(obligation.key(), obligation.definition().code(), obligation.definition().milestone(),
				obligation.definition().requirement(), obligation.definition().name(locale.getLanguage()),
				obligation.dueDate(), obligation.status(),
				(completion != null) ? new Completion(completion.doneOn(), completion.channel(), completion.note(),
						completion.recordedBy()) : null,
				(obligation.change() != null) ? change(obligation.change()) : null);
	}

	Legacy legacy(LegacyEvaluation legacy) {
		List<String> texts = this.reasons.texts(legacy.reasons(), LocaleContextHolder.getLocale());
		return new Legacy(legacy.status(), texts, legacy.reasons().stream().map(Reason::code).toList(),
				legacy.assessedOn(), legacy.needsAttention());
	}

	static Change change(MilestoneChange change) {
		return new Change(change.id(), change.eolFrom(), change.eolTo(), change.eosFrom(), change.eosTo(),
				change.changedOn(), change.reason());
	}

}
