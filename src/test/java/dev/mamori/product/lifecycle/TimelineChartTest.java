package dev.mamori.product.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.mamori.product.LifecyclePhase;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void drawsOneBarPerPhaseInOrder() {
		var layout = TimelineChart.of(List.of(new TimelineChart.Entry("2.1",
				new MilestoneDates(LocalDate.of(2016, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1)))),
				TODAY);
		var segments = layout.rows().get(0).segments();
		assertThat(segments).extracting(TimelineChart.Segment::phase)
			.containsExactly(LifecyclePhase.SUPPORT, LifecyclePhase.LIMITED_SUPPORT, LifecyclePhase.END_OF_SUPPORT);
		assertThat(segments.get(0).x() + segments.get(0).width()).isEqualTo(segments.get(1).x());
		assertThat(segments).noneMatch(TimelineChart.Segment::openEnded);
	}

	@Test
	void marksASupportPhaseWithoutKnownEndAsOpenEnded() {
		var layout = TimelineChart.of(List.of(new TimelineChart.Entry("1.0", new MilestoneDates(TODAY, null, null))),
				TODAY);
		assertThat(layout.rows().get(0).segments()).singleElement()
			.satisfies((segment) -> assertThat(segment.openEnded()).isTrue());
	}

	@Test
	void drawsNothingForAVersionNotYetReleased() {
		var layout = TimelineChart.of(List.of(new TimelineChart.Entry("3.0-rc1", MilestoneDates.UNKNOWN)), TODAY);
		assertThat(layout.rows().get(0).segments()).isEmpty();
	}

	@Test
	void placesTodayWithinThePlotAndSpansAtLeastFiveYears() {
		var layout = TimelineChart.of(List.of(), TODAY);
		assertThat(layout.todayX()).isBetween((double) TimelineChart.LABEL_WIDTH,
				(double) TimelineChart.LABEL_WIDTH + TimelineChart.PLOT_WIDTH);
		assertThat(layout.end().getYear() - layout.start().getYear()).isGreaterThanOrEqualTo(5);
		assertThat(layout.ticks()).isNotEmpty();
	}

}
