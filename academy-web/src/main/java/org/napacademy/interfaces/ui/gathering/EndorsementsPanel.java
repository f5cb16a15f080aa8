package org.napacademy.interfaces.ui.gathering;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.LongPredicate;
import org.napacademy.application.EndorsementOutline;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.words.ProgrammeWords;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;

/**
 * The adoption and the endorsements of a gathering's shared roadmap: the day the gathering adopted it (or a date and
 * "Adopt" for the cohort's trainers while it is not adopted), the delegations that endorsed it with the day, and a
 * form to record one (a trainer for any member delegation, a delegate for their own) or withdraw it.
 */
public class EndorsementsPanel extends VerticalLayout {
    private final GatheringRoadmapService gatherings;
    private final Formats formats;
    private final Runnable reload;

    private final Span adoption = new Span();
    final DatePicker adoptedOn = new LocalizedDatePicker(getTranslation("gathering.adoptionDate"));
    final Button adopt = new Button(getTranslation("gathering.adopt"), VaadinIcon.CHECK.create());
    final HorizontalLayout adoptionForm = row(adoptedOn, adopt);
    final Grid<EndorsementOutline> endorsements = new Grid<>();
    private final Paragraph noEndorsements = new Paragraph(getTranslation("gathering.noEndorsements"));
    final ComboBox<Long> delegationId = new ComboBox<>(getTranslation("gathering.delegation"));
    final DatePicker endorsedOn = new LocalizedDatePicker(getTranslation("gathering.endorsedOn"));
    final Button record = new Button(getTranslation("gathering.record"), VaadinIcon.PLUS.create());
    final HorizontalLayout recordForm = row(delegationId, endorsedOn, record);
    private final BeanValidationBinder<EndorsementDraft> binder = new BeanValidationBinder<>(EndorsementDraft.class);

    private RoadmapOutline roadmap;
    private Map<Long, String> names = Map.of();
    private LongPredicate mayEndorseFor = id -> false;

    public EndorsementsPanel(GatheringRoadmapService gatherings, Formats formats, Runnable reload) {
        this.gatherings = gatherings;
        this.formats = formats;
        this.reload = reload;
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        adoption.getStyle().set("font-weight", "600");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        adopt.addClickListener(click -> adopt());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        record.addClickListener(click -> record());
        delegationId.setItemLabelGenerator(this::nameOf);
        binder.bindInstanceFields(this);
        configureGrid();
        noEndorsements.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        var heading = new H3(getTranslation("gathering.endorsements"));
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        add(heading, adoption, adoptionForm, noEndorsements, endorsements, recordForm);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private Grid.Column<EndorsementOutline> delegationColumn;

    private void configureGrid() {
        endorsements.addThemeVariants(GridVariant.LUMO_COMPACT);
        endorsements.setAllRowsVisible(true);
        endorsements.setWidth("min(100%, 36em)");
        delegationColumn = endorsements.addColumn(e -> nameOf(e.delegationId())).setHeader(getTranslation("gathering.delegation")).setFlexGrow(1);
        endorsements.addColumn(e -> formats.date(e.endorsedOn())).setHeader(getTranslation("gathering.endorsedOn")).setAutoWidth(true)
                .setFlexGrow(0);
        endorsements.addComponentColumn(this::withdrawButton).setAutoWidth(true).setFlexGrow(0);
    }

    private String nameOf(Long delegation) { return names.getOrDefault(delegation, String.valueOf(delegation)); }

    /**
     * Shows the roadmap's adoption and endorsements; {@code members}: the cohort's delegations, id to name;
     * {@code mayAdopt}: the user is a trainer of the cohort; {@code mayEndorseFor}: whether the user may record or withdraw
     * the endorsement of a delegation (by id).
     */
    public void show(RoadmapOutline shown, Map<Long, String> members, boolean mayAdopt, LongPredicate mayEndorseFor) {
        this.roadmap = shown;
        this.names = members;
        // "Member legislature", "Ministry": the programme's own word for a delegation
        var delegationWord = ProgrammeWords.of(shown.vocabulary(), getLocale()).word(Term.DELEGATION);
        delegationColumn.setHeader(delegationWord);
        delegationId.setLabel(delegationWord);
        this.mayEndorseFor = mayEndorseFor;
        var adopted = shown.adoption();
        adoption.setText(adopted.map(day -> getTranslation("gathering.adoptedOn", formats.date(day)))
                .orElseGet(() -> getTranslation("gathering.notAdopted")));
        adoptionForm.setVisible(adopted.isEmpty() && mayAdopt);
        endorsements.setItems(shown.endorsements());
        endorsements.setVisible(!shown.endorsements().isEmpty());
        noEndorsements.setVisible(shown.endorsements().isEmpty());
        var offered = members.keySet().stream()
                .filter(id -> mayEndorseFor.test(id) && shown.endorsements().stream().noneMatch(e -> e.delegationId() == id))
                .toList();
        delegationId.setItems(offered);
        var draft = new EndorsementDraft();
        if (offered.size() == 1) draft.setDelegationId(offered.get(0));
        binder.readBean(draft);
        recordForm.setVisible(adopted.isPresent() && !offered.isEmpty());
    }

    private Button withdrawButton(EndorsementOutline endorsement) {
        var withdraw = new Button(getTranslation("gathering.withdraw"), click -> Attempt.writeAndReload(
                () -> gatherings.withdrawEndorsement(roadmap.id(), roadmap.version(), endorsement.delegationId()), reload));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        withdraw.setVisible(mayEndorseFor.test(endorsement.delegationId()));
        return withdraw;
    }

    private void adopt() {
        if (adoptedOn.getValue() == null) {
            adoptedOn.setErrorMessage(getTranslation("gathering.adoptionDateRequired"));
            adoptedOn.setInvalid(true);
            return;
        }
        adoptedOn.setInvalid(false);
        Attempt.writeAndReload(() -> gatherings.adopt(roadmap.id(), roadmap.version(), adoptedOn.getValue()), reload);
    }

    private void record() {
        var draft = new EndorsementDraft();
        if (binder.writeBeanIfValid(draft)) {
            Attempt.writeAndReload(() -> gatherings.recordEndorsement(roadmap.id(), roadmap.version(), draft.getDelegationId(),
                    draft.getEndorsedOn()), reload);
        } else {
            binder.validate();
        }
    }
}
