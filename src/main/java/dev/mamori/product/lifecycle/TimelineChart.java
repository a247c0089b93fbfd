package dev.mamori.product.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.mamori.product.LifecyclePhase;

/**
 * Lays out the life-cycle timeline of a product's versions: one row per version with a
 * bar per phase, year ticks, and a marker for the day shown. Coordinates are in SVG user
 * units; a phase whose end is unknown runs to the chart's edge and is marked open-ended.
 */
public final class TimelineChart {

	public static final int LABEL_WIDTH = 140;

	public static final int PLOT_WIDTH = 760;

	public static final int ROW_HEIGHT = 28;

	public static final int AXIS_HEIGHT = 24;

	private TimelineChart() {
	}

	/** A version to draw: its label and milestones. */
	public record Entry(String label, MilestoneDates dates) {
	}

	public record Segment(LifecyclePhase phase, double x, double width, boolean openEnded) {
	}

	public record Row(String label, double y, List<Segment> segments) {
	}

	public record Tick(int year, double x) {
	}

	/** The layout; {@code width} and {@code height} give the SVG's viewBox. */
	public record Layout(int width, int height, List<Row> rows, List<Tick> ticks, double todayX, LocalDate today,
			LocalDate start, LocalDate end) {
	}

	public static Layout of(List<Entry> entries, LocalDate today) {
		LocalDate start = today;
		LocalDate end = today;
		for (Entry entry : entries) {
			for (LocalDate date : new LocalDate[] { entry.dates().release(), entry.dates().eol(),
					entry.dates().eos() }) {
				if (date != null) {
					start = date.isBefore(start) ? date : start;
					end = date.isAfter(end) ? date : end;
				}
			}
		}
		start = LocalDate.of(start.getYear(), 1, 1);
		end = LocalDate.of(end.getYear() + 2, 1, 1);
		if (ChronoUnit.YEARS.between(start, end) < 5) {
			end = start.plusYears(5);
		}
		Scale scale = new Scale(start, end);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			rows.add(new Row(entries.get(i).label(), AXIS_HEIGHT + i * ROW_HEIGHT,
					segments(entries.get(i).dates(), scale)));
		}
		List<Tick> ticks = new ArrayList<>();
		// The year labels sit right of their tick; the last one would fall off the chart.
		for (int year = start.getYear(); year < end.getYear(); year++) {
			ticks.add(new Tick(year, scale.x(LocalDate.of(year, 1, 1))));
		}
		int height = AXIS_HEIGHT + Math.max(1, entries.size()) * ROW_HEIGHT + 8;
		return new Layout(LABEL_WIDTH + PLOT_WIDTH + 10, height, rows, ticks, scale.x(today), today, start, end);
	}

	private static List<Segment> segments(MilestoneDates dates, Scale scale) {
		List<Segment> segments = new ArrayList<>();
		if (dates.release() == null) {
			return segments;
		}
		LocalDate supportEnd = (dates.eol() != null) ? dates.eol() : dates.eos();
		segments.add(scale.segment(LifecyclePhase.SUPPORT, dates.release(), supportEnd));
		if (dates.eol() != null) {
			segments.add(scale.segment(LifecyclePhase.LIMITED_SUPPORT, dates.eol(), dates.eos()));
		}
		if (dates.eos() != null) {
			// After EOS nothing ends: the bar runs to the edge, but its end is not
			// unknown.
			Segment lastPhase = scale.segment(LifecyclePhase.END_OF_SUPPORT, dates.eos(), null);
			segments.add(new Segment(lastPhase.phase(), lastPhase.x(), lastPhase.width(), false));
		}
		return segments;
	}

	private record Scale(LocalDate start, LocalDate end) {

		double x(LocalDate date) {
			double days = ChronoUnit.DAYS.between(this.start, this.end);
			return LABEL_WIDTH + PLOT_WIDTH * ChronoUnit.DAYS.between(this.start, date) / days;
		}

		Segment segment(LifecyclePhase phase, LocalDate from, LocalDate to) {
			double x = x(from);
			double right = (to != null) ? x(to) : x(this.end);
			return new Segment(phase, x, Math.max(0, right - x), to == null);
		}

	}

}
