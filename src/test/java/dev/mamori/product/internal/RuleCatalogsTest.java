package dev.mamori.product.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.product.lifecycle.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The shipped rule sets: Table 2 (P4) and Table 3 (P6) of the guide, as versioned data.
 */
class RuleCatalogsTest {

	static RuleCatalogs load(String location) {
		return new RuleCatalogs(new DefaultResourceLoader(), new ObjectMapper(), location);
	}

	@Test
	void shipsTable2WithEveryMilestone() {
		var obligations = load("classpath:rules/").obligations();
		assertThat(obligations.id()).isEqualTo("jp-tebiki-2023-table2");
		assertThat(obligations.itemsFor(Milestone.RELEASE)).hasSize(6);
		assertThat(obligations.itemsFor(Milestone.EOL)).extracting((item) -> item.code())
			.containsExactly("EOL_NOTICE", "EOS_PLAN", "EOL_OTHER_UPDATES");
		assertThat(obligations.itemsFor(Milestone.EOS)).extracting((item) -> item.code())
			.containsExactly("EOS_NOTICE", "EOS_OTHER_UPDATES");
		assertThat(obligations.itemsFor(Milestone.CHANGE)).hasSize(1);
		assertThat(obligations.items()).allMatch((item) -> item.requirement().equals("P4"));
	}

	@Test
	void shipsTheNineControlsOfTable3InBothLanguages() {
		var controls = load("classpath:rules/").controls();
		assertThat(controls.controls()).hasSize(9);
		assertThat(controls.nameOf("FIREWALL", "ja")).isEqualTo("ファイアウォール");
		assertThat(controls.nameOf("FIREWALL", "en")).isEqualTo("Firewall");
		assertThat(controls.nameOf("NO_SUCH_CONTROL", "en")).isEqualTo("NO_SUCH_CONTROL");
	}

	@Test
	void refusesToStartOnABrokenRuleSetAndNamesIt(@TempDir Path directory) throws Exception {
		Files.copy(getClass().getResourceAsStream("/rules/compensating-controls.json"),
				directory.resolve("compensating-controls.json"));
		Files.writeString(directory.resolve("milestone-obligations.json"),
				"{\"id\":\"x\",\"version\":\"1\",\"dueSoonDays\":90,\"changeNoticeDays\":30,\"items\":[]}");
		assertThatThrownBy(() -> load(directory.toUri().toString())).hasMessageContaining("milestone-obligations.json")
			.hasMessageContaining("no obligation for milestone");
	}

}
