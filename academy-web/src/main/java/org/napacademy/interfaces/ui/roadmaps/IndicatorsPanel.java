package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.napacademy.application.IndicatorService;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Achievement;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.application.NodeOutline;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The indicators of an outcome or output, with their periods, targets and actuals. Structure (indicators,
 * baselines, periods, targets) changes only while the roadmap is a DRAFT; actuals are recorded in any
 * status. After each change the view reloads the roadmap, then shows this node again.
 */
class IndicatorsPanel extends VerticalLayout {

    private final IndicatorService indicators;
    private final Formats formats;
    private final Runnable reload;

    private final Grid<Indicator> indicatorGrid = new Grid<>();
    private final Button addIndicator = new Button(getTranslation("indicator.add"), VaadinIcon.PLUS.create());
    private final IndicatorForm indicatorForm = new IndicatorForm();
    private final H4 periodsHeading = new H4(getTranslation("period.title"));
    private final Grid<Period> periodGrid = new Grid<>();
    private final Button addPeriod = new Button(getTranslation("period.add"), VaadinIcon.PLUS.create());
    private final Button editTargets = new Button(getTranslation("period.editTargets"), VaadinIcon.EDIT.create());
    private final Button recordActual = new Button(getTranslation("actual.record"), VaadinIcon.CHART.create());
    private final HorizontalLayout periodButtons = new HorizontalLayout(addPeriod, editTargets, recordActual);
    private final PeriodForm periodForm = new PeriodForm();
    private final ActualForm actualForm = new ActualForm();

    /** The node shown, its schedule, whether its roadmap is a draft, and its indicators as read when it was shown. */
    private Long nodeId;
    private DateRange nodeSchedule;
    private boolean structureEditable;
    private List<Indicator> shownIndicators = List.of();
    private Long selectedIndicatorId;
    private Long selectedPeriodId;

    IndicatorsPanel(IndicatorService indicators, Formats formats, Runnable reload) {
        this.indicators = indicators;
        this.formats = formats;
        this.reload = reload;
        setPadding(false);

        indicatorGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicatorGrid.addColumn(Indicator::title).setHeader(getTranslation("indicator.title")).setFlexGrow(1)
                .setTooltipGenerator(Indicator::title);
        indicatorGrid.addColumn(i -> getTranslation("indicator.unit." + i.unit())).setHeader(getTranslation("indicator.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        indicatorGrid.addColumn(i -> i.baselineValue().map(formats::number).orElse("–"))
                .setHeader(getTranslation("indicator.baselineValue")).setAutoWidth(true).setFlexGrow(0);
        indicatorGrid.addColumn(i -> formats.share(i.achievement().map(Achievement::ratio)))
                .setHeader(getTranslation("indicator.achievement")).setAutoWidth(true).setFlexGrow(0);
        indicatorGrid.setAllRowsVisible(true);
        indicatorGrid.setEmptyStateText(getTranslation("indicator.empty"));
        indicatorGrid.addSelectionListener(selection -> selectIndicator(selection.getFirstSelectedItem().orElse(null)));

        addIndicator.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addIndicator.addClickListener(click -> {
            indicatorGrid.deselectAll();
            indicatorForm.edit(IndicatorDraft.newIndicator(), true);
            indicatorForm.setVisible(true);
            indicatorForm.title.focus();
        });
        indicatorForm.addSaveListener(save -> saveIndicator(save.draft()));
        indicatorForm.addDeleteListener(delete -> Confirmations.delete(delete.draft().getTitle(), () -> {
            if (Attempt.write(() -> indicators.deleteIndicator(delete.draft().id(), delete.draft().version()), reload)) {
                selectedIndicatorId = null;
                Attempt.saved();
                reload.run();
            }
        }));
        indicatorForm.addCloseListener(close -> indicatorGrid.deselectAll());

        periodGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        periodGrid.addColumn(p -> formats.dates(p.dates())).setHeader(getTranslation("period.dates")).setFlexGrow(3);
        periodGrid.addColumn(this::targets).setHeader(getTranslation("period.target")).setFlexGrow(1);
        periodGrid.addColumn(this::latestActuals).setHeader(getTranslation("period.latestActual")).setFlexGrow(3);
        periodGrid.addColumn(this::achievements).setHeader(getTranslation("indicator.achievement")).setFlexGrow(2);
        periodGrid.setAllRowsVisible(true);
        periodGrid.setEmptyStateText(getTranslation("period.empty"));
        periodGrid.addSelectionListener(selection -> selectPeriod(selection.getFirstSelectedItem().orElse(null)));

        for (var button : List.of(addPeriod, editTargets, recordActual)) button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addPeriod.addClickListener(click -> {
            var last = indicator().flatMap(i -> i.periods().stream().reduce((a, b) -> b));
            var start = last.map(p -> p.dates().end().plusDays(1)).orElse(nodeSchedule.start());
            openPeriodForm(PeriodDraft.newPeriod(start, start.plusYears(1).minusDays(1)));
        });
        editTargets.addClickListener(click -> period().ifPresent(p -> openPeriodForm(PeriodDraft.of(p))));
        recordActual.addClickListener(click -> period().ifPresent(p -> {
            var today = LocalDate.now();
            actualForm.edit(ActualDraft.asOf(p.dates().contains(today) ? today : p.dates().end()), p.indicator());
            periodForm.setVisible(false);
            actualForm.setVisible(true);
            actualForm.value.focus();
        }));
        periodForm.addSaveListener(save -> savePeriod(save.draft()));
        periodForm.addCloseListener(close -> periodForm.setVisible(false));
        actualForm.addSaveListener(save -> period().ifPresent(p -> {
            Attempt.writeAndReload(() -> indicators.addMeasurement(p.id(), save.draft().toCommand()), reload);
        }));
        actualForm.addCloseListener(close -> actualForm.setVisible(false));

        periodButtons.getStyle().set("flex-wrap", "wrap");
        add(indicatorGrid, addIndicator, indicatorForm, periodsHeading, periodGrid, periodButtons, periodForm, actualForm);
    }

    /**
     * Shows the node's indicators, read now (the roadmap screen keeps no measurements), keeping the indicator and
     * period selected before a reload; {@code editable}: the roadmap is a draft, whose indicators and targets may change.
     */
    void show(NodeOutline shown, boolean editable) {
        this.nodeId = shown.id();
        this.nodeSchedule = shown.schedule();
        this.structureEditable = editable;
        this.shownIndicators = indicators.indicatorsOf(shown.id());
        addIndicator.setVisible(editable);
        addPeriod.setVisible(editable);
        editTargets.setVisible(editable);
        var keepIndicator = selectedIndicatorId;
        var keepPeriod = selectedPeriodId;
        indicatorGrid.setItems(shownIndicators);
        indicatorForm.setVisible(false);
        shownIndicators.stream().filter(i -> Objects.equals(i.id(), keepIndicator)).findFirst().ifPresentOrElse(i -> {
            indicatorGrid.select(i);
            i.periods().stream().filter(p -> Objects.equals(p.id(), keepPeriod)).findFirst().ifPresent(periodGrid::select);
        }, () -> selectIndicator(null));
    }

    private void selectIndicator(Indicator indicator) {
        selectedIndicatorId = indicator == null ? null : indicator.id();
        periodForm.setVisible(false);
        actualForm.setVisible(false);
        var chosen = indicator != null;
        periodsHeading.setVisible(chosen);
        periodGrid.setVisible(chosen);
        periodButtons.setVisible(chosen);
        if (chosen) {
            indicatorForm.edit(IndicatorDraft.of(indicator), structureEditable);
            indicatorForm.setVisible(true);
            periodsHeading.setText(getTranslation("period.titleOf", indicator.title()));
            periodGrid.setItems(indicator.periods());
        } else {
            indicatorForm.setVisible(false);
        }
        selectPeriod(null);
    }

    private void selectPeriod(Period period) {
        selectedPeriodId = period == null ? null : period.id();
        editTargets.setEnabled(period != null);
        recordActual.setEnabled(period != null);
        periodForm.setVisible(false);
        actualForm.setVisible(false);
    }

    private void openPeriodForm(PeriodDraft draft) {
        indicator().ifPresent(i -> {
            periodForm.edit(draft, i);
            actualForm.setVisible(false);
            periodForm.setVisible(true);
        });
    }

    private void saveIndicator(IndicatorDraft draft) {
        Attempt.writeAndReload(() -> selectedIndicatorId = draft.isNew()
                ? indicators.addIndicator(nodeId, draft.toNew()).id()
                : indicators.updateIndicator(draft.id(), draft.version(), draft.toChanges()).id(), reload);
    }

    private void savePeriod(PeriodDraft draft) {
        indicator().ifPresent(i -> {
            Attempt.writeAndReload(() -> selectedPeriodId = draft.isNew()
                    ? indicators.addPeriod(i.id(), DateRange.of(draft.getStartDate(), draft.getEndDate()),
                            draft.targets()).id()
                    : indicators.replaceTargets(draft.id(), draft.version(), draft.targets()).id(), reload);
        });
    }

    private Optional<Indicator> indicator() {
        return shownIndicators.stream().filter(i -> Objects.equals(i.id(), selectedIndicatorId)).findFirst();
    }

    private Optional<Period> period() {
        return indicator().flatMap(i -> i.periods().stream().filter(p -> Objects.equals(p.id(), selectedPeriodId)).findFirst());
    }

    private String targets(Period period) {
        return perSex(period, sex -> period.target(sex).map(this::valueOf));
    }

    private String latestActuals(Period period) {
        return perSex(period, sex -> period.latestActual(sex)
                .map(actual -> getTranslation("period.actualAsOf", valueOf(actual), formats.date(actual.asOf()))));
    }

    private String achievements(Period period) {
        return perSex(period, sex -> period.achievement(sex).map(a -> formats.share(Optional.of(a.ratio()))));
    }

    /** The total, then women and men when the indicator is disaggregated, e.g. "40 · F 20 · M 20". */
    private String perSex(Period period, java.util.function.Function<Sex, Optional<String>> text) {
        var sexes = period.indicator().isDisaggregatedBySex() ? Stream.of(null, Sex.FEMALE, Sex.MALE) : Stream.of((Sex) null);
        var parts = sexes.map(sex -> text.apply(sex).map(t -> sex == null ? t : getTranslation("actual.sex.short." + sex) + " " + t))
                .flatMap(Optional::stream).collect(Collectors.joining(" · "));
        return parts.isEmpty() ? "–" : parts;
    }

    private String valueOf(Measurement measurement) {
        return measurement.value().map(formats::number).orElseGet(() -> measurement.comment().orElse(""));
    }
}
