package dev.mamori.product.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.mamori.common.MamoriTime;
import dev.mamori.database.InstallationSettings;
import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.ProductId;
import dev.mamori.product.ProductVersionId;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.internal.CompletionInput;
import dev.mamori.product.internal.LegacyAssessmentInput;
import dev.mamori.product.internal.LifecycleService;
import dev.mamori.product.internal.PortfolioQueries;
import dev.mamori.product.internal.ProductInput;
import dev.mamori.product.internal.ProductService;
import dev.mamori.product.internal.RuleCatalogs;
import dev.mamori.product.internal.SpecifiedControl;
import dev.mamori.product.internal.VersionInput;
import dev.mamori.product.lifecycle.DeliveryChannel;
import dev.mamori.product.lifecycle.Milestone;
import dev.mamori.product.lifecycle.ObligationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code mamori serve --demo}: on the first start of an empty installation, loads a
 * demonstration portfolio written by the Mamori team (fictitious products, no real data).
 * Its dates are set relative to the day it is loaded, so that on that day it shows every
 * phase: development, support, limited support, past EOS; a version protected only by
 * compensating controls; a legacy device; a version past EOS never assessed; a released
 * version without EOL/EOS plan; and obligations due, overdue and done. It goes through
 * the same services as users do, so it is audited as {@code system}.
 */
@Component
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoPortfolio implements ApplicationRunner {

	static final String LOADED = "demo.portfolio.loaded";

	private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

	private final ProductService products;

	private final LifecycleService lifecycle;

	private final PortfolioQueries portfolio;

	private final InstallationSettings settings;

	private final RuleCatalogs rules;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPortfolio(ProductService products, LifecycleService lifecycle, PortfolioQueries portfolio,
			InstallationSettings settings, RuleCatalogs rules, TransactionTemplate transactions, Clock clock) {
		this.products = products;
		this.lifecycle = lifecycle;
		this.portfolio = portfolio;
		this.settings = settings;
		this.rules = rules;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.settings.get(LOADED).isPresent()) {
				return;
			}
			if (!this.portfolio.products(this.portfolio.today()).isEmpty()) {
				log.info("Demo portfolio not loaded: the database already holds products");
				return;
			}
			if (this.settings.putIfAbsent(LOADED, MamoriTime.today(this.clock).toString())) {
				load(MamoriTime.today(this.clock));
				log.info("Demo portfolio loaded");
			}
		});
	}

	void load(LocalDate today) {
		imagingWorkstation(today);
		infusionPump(today);
		insulinPump(today);
		retinaSamd(today);
	}

	/**
	 * IW-5000: 2.1 past EOS, protected only by compensating controls; 3.2 in limited
	 * support whose EOL notice was never sent (overdue); 4.0 in support; 5.0.0-rc1 in
	 * development.
	 */
	private void imagingWorkstation(LocalDate t) {
		ProductId product = this.products.createProduct(new ProductInput("Mamori 画像診断ワークステーション IW-5000", "IW-5000",
				"汎用画像診断装置ワークステーション", DeviceClass.II, false, "230ABBZX00012000", IntendedEnvironment.HOSPITAL,
				Set.of(InterfaceType.WIRED_NETWORK, InterfaceType.REMOVABLE_MEDIA), Set.of(), "psirt@example.jp"));
		ProductVersionId v21 = version(product, "2.1", t.minusYears(10), t.minusYears(4), t.minusYears(2),
				"EOS 後は補完的対策（ネットワーク分離・ファイアウォール）の下での使用に限る。", "4.0 への置き換え（有償）");
		metOnTime(product, v21);
		this.lifecycle.specifyControls(product, v21,
				List.of(new SpecifiedControl("NETWORK_SEGMENTATION", "画像系 VLAN に収容し、PACS 以外との通信を遮断する。"),
						new SpecifiedControl("FIREWALL", "DICOM (104/tcp) のみ PACS から許可する。"),
						new SpecifiedControl("REMOVABLE_MEDIA_CONTROL", "USB ストレージを BIOS で無効化する。")),
				"EOS 後の使用環境を指定");
		this.lifecycle.assessLegacy(product, v21, new LegacyAssessmentInput(t.minusYears(2), false, true,
				"Windows 7 Embedded のため更新で保護できないが、指定した補完的対策の構成下では現在の脅威から保護できる。"));
		ProductVersionId v32 = version(product, "3.2", t.minusYears(5), t.minusYears(1), t.plusYears(1),
				"限定的サポート: セキュリティアップデートのみ提供。", "4.0 へのアップグレード（ハードウェア交換なし）");
		done(product, v32, Milestone.RELEASE, t.minusYears(5));
		ProductVersionId v40 = version(product, "4.0", t.minusYears(1), t.plusYears(5), t.plusYears(7),
				"EOL まで定期アップデートを提供。", "");
		done(product, v40, Milestone.RELEASE, t.minusYears(1));
		version(product, "5.0.0-rc1", t.plusMonths(6), null, null, "", "");
	}

	/**
	 * IP-300: 1.4 a legacy device; 1.9 past EOS for a month, never assessed, EOS notice
	 * overdue; 2.0 whose EOL was brought forward after release, so an EOL notice and a
	 * change notice are due.
	 */
	private void infusionPump(LocalDate t) {
		ProductId product = this.products.createProduct(
				new ProductInput("Mamori 輸液ポンプ IP-300", "IP-300", "汎用輸液ポンプ", DeviceClass.III, false, "22800BZX00123000",
						IntendedEnvironment.HOSPITAL, Set.of(InterfaceType.WIRED_NETWORK, InterfaceType.WIRELESS),
						Set.of(WirelessKind.WIFI), "psirt@example.jp"));
		ProductVersionId v14 = version(product, "1.4", t.minusYears(12), t.minusYears(6), t.minusYears(3), "サポート終了済み。",
				"2.0 への更新（本体交換）");
		metOnTime(product, v14);
		this.lifecycle.assessLegacy(product, v14, new LegacyAssessmentInput(t.minusYears(3), false, false,
				"組込み OS の更新手段がなく、無線 LAN を無効化すると臨床機能を損なうため、補完的対策でも保護できない。"));
		ProductVersionId v19 = version(product, "1.9", t.minusYears(8), t.minusYears(3), t.minusDays(30), "",
				"2.0 への更新");
		done(product, v19, Milestone.RELEASE, t.minusYears(8));
		done(product, v19, Milestone.EOL, t.minusYears(3).minusMonths(2));
		ProductVersionId v20 = version(product, "2.0", t.minusYears(4), t.plusYears(3), t.plusYears(5),
				"EOL まで四半期ごとにセキュリティアップデートを提供。", "");
		done(product, v20, Milestone.RELEASE, t.minusYears(4));
		this.products.updateVersion(product, v20, null, new VersionInput("2.0", t.minusYears(4), t.plusMonths(2),
				t.plusYears(5), "EOL まで四半期ごとにセキュリティアップデートを提供。", ""), "無線モジュールの供給終了により EOL を前倒し");
	}

	/**
	 * NP-10: 1.0 assessed as protected by updates; 1.1 released without its SBOM and MDS2
	 * sent.
	 */
	private void insulinPump(LocalDate t) {
		ProductId product = this.products.createProduct(new ProductInput("Mamori インスリンポンプ NP-10", "NP-10", "インスリンポンプ",
				DeviceClass.III, false, "30200BZX00045000", IntendedEnvironment.HOME, Set.of(InterfaceType.WIRELESS),
				Set.of(WirelessKind.BLUETOOTH), "psirt@example.jp"));
		ProductVersionId v10 = version(product, "1.0", t.minusYears(3), t.plusYears(3), t.plusYears(5),
				"EOL まで月次でファームウェア更新を提供。", "アプリ経由のファームウェア更新");
		done(product, v10, Milestone.RELEASE, t.minusYears(3));
		this.lifecycle.assessLegacy(product, v10,
				new LegacyAssessmentInput(t.minusMonths(6), true, null, "署名付きファームウェア更新が提供されており、更新によって現在の脅威から保護できる。"));
		ProductVersionId v11 = version(product, "1.1", t.minusMonths(4), t.plusYears(4), t.plusYears(6), "", "");
		for (String code : List.of("SECURITY_POLICY", "EOL_EOS_PLAN", "UPGRADE_OPTIONS", "IFU_SECURITY_DOCUMENTS",
				"MAINTENANCE_PLAN")) {
			done(product, v11, code, t.minusMonths(4));
		}
	}

	/**
	 * Retina AI (SaMD): 2.3.0 on sale without an EOL/EOS plan; 2.10.0 in support;
	 * 3.0.0-rc1 in development.
	 */
	private void retinaSamd(LocalDate t) {
		ProductId product = this.products.createProduct(new ProductInput("Mamori Retina AI", "RA-1", "疾病診断用プログラム",
				DeviceClass.II, true, "30400BZX00078000", IntendedEnvironment.HOSPITAL,
				Set.of(InterfaceType.WIRED_NETWORK), Set.of(), "psirt@example.jp"));
		ProductVersionId v23 = version(product, "2.3.0", t.minusYears(2), null, null, "", "");
		for (String code : List.of("SECURITY_POLICY", "UPGRADE_OPTIONS", "IFU_SECURITY_DOCUMENTS", "SBOM_MDS2",
				"MAINTENANCE_PLAN")) {
			done(product, v23, code, t.minusYears(2));
		}
		ProductVersionId v210 = version(product, "2.10.0", t.minusMonths(2), t.plusYears(3), t.plusYears(4), "", "");
		done(product, v210, Milestone.RELEASE, t.minusMonths(2));
		version(product, "3.0.0-rc1", t.plusMonths(3), null, null, "", "");
	}

	private ProductVersionId version(ProductId product, String version, LocalDate release, LocalDate eol, LocalDate eos,
			String supportPlan, String upgradeOptions) {
		return this.products.createVersion(product,
				new VersionInput(version, release, eol, eos, supportPlan, upgradeOptions));
	}

	/**
	 * Every obligation met on time, recorded on its due date (history from before
	 * Mamori).
	 */
	private void metOnTime(ProductId product, ProductVersionId version) {
		this.lifecycle.backfillPastDue(product, version, DeliveryChannel.LETTER, "過去の送付記録（文書管理システム）");
	}

	private void done(ProductId product, ProductVersionId version, Milestone milestone, LocalDate on) {
		for (ObligationDefinition definition : this.rules.obligations().itemsFor(milestone)) {
			done(product, version, definition.code(), on);
		}
	}

	private void done(ProductId product, ProductVersionId version, String obligation, LocalDate on) {
		this.lifecycle.recordCompletion(product, version, obligation,
				new CompletionInput(on, DeliveryChannel.WEBSITE, "製品サイトに掲載"));
	}

}
