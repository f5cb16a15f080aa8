package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.DelegationDetails;
import org.napacademy.application.DelegationService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.interfaces.ui.accompaniment.AssistanceLink;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;
import org.napacademy.interfaces.ui.imports.ImportButtons;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * The delegations of a cohort (country, participants, link to the roadmap) and the participants of the selected
 * one, with the participant form. Side by side on a wide screen, one above the other on a tablet.
 */
public class DelegationsPanel extends FlexLayout {
    private final DelegationService delegations;
    private final CohortDetails cohort;
    private final Map<String, String> countryNames;
    private final Runnable cohortChanged;
    private final Grid<DelegationDetails> delegationGrid = new Grid<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Grid<Participant> participantGrid = new Grid<>();
    private final H3 participantsTitle = new H3();
    private final Button addParticipant = new Button(getTranslation("participant.add"), VaadinIcon.PLUS.create());
    private final Button importParticipants = ImportButtons.participants(this::selectedId, this::selectedCountry,
            () -> refreshDelegations(selectedId()));
    private DelegationDetails selected;
    private final AccessPolicy access;
    /** Whether the actor may add and remove delegations and enrol participants (the cohort's trainers). */
    private final boolean planning;

    /** {@code cohortChanged} reloads the cohort's page (after a stale write or a vanished delegation). */
    public DelegationsPanel(DelegationService delegations, CohortDetails cohort, Map<String, String> countryNames,
                            Runnable cohortChanged, AccessPolicy access) {
        this.delegations = delegations;
        this.access = access;
        this.planning = access.mayPlan(cohort.cohort());
        this.cohort = cohort;
        this.countryNames = countryNames;
        this.cohortChanged = cohortChanged;
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-l)");

        var left = column(delegationsColumn(), "26rem", 1);
        var right = column(participantsColumn(), "28rem", 2);
        add(left, right);
        refreshDelegations(null);
    }

    /** The cohort's programme's words: its name for delegations and roadmaps. */
    private ProgrammeWords words() { return ProgrammeWords.of(cohort.cohort().programme(), getLocale()); }

    private static VerticalLayout column(VerticalLayout content, String basis, int grow) {
        content.setPadding(false);
        content.getStyle().set("flex", grow + " 1 " + basis).set("min-width", "0");
        return content;
    }

    private VerticalLayout delegationsColumn() {
        var title = new H3(words().word(Term.DELEGATIONS));
        country.setPlaceholder(getTranslation("delegation.country"));
        country.setAriaLabel(getTranslation("delegation.country"));
        country.setItemLabelGenerator(code -> countryNames.getOrDefault(code, code));
        country.setClearButtonVisible(true);
        var add = new Button(getTranslation("delegation.add"), VaadinIcon.PLUS.create(), click -> addDelegation());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(country, add);
        toolbar.setWidthFull();
        toolbar.expand(country);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setVisible(planning);

        delegationGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        delegationGrid.addColumn(d -> countryName(d)).setHeader(getTranslation("delegation.country")).setWidth("9em").setFlexGrow(1).setSortable(true)
                .setComparator(this::countryName);
        delegationGrid.addColumn(DelegationDetails::participantCount).setHeader(getTranslation("delegation.participants"))
                .setAutoWidth(true).setFlexGrow(0);
        delegationGrid.addComponentColumn(this::roadmapLink).setHeader(words().word(Term.ROADMAP)).setAutoWidth(true)
                .setFlexGrow(0);
        delegationGrid.addComponentColumn(this::checkInsLink).setHeader(getTranslation("delegation.checkIns")).setAutoWidth(true)
                .setFlexGrow(0);
        delegationGrid.addComponentColumn(d -> AssistanceLink.of(d.delegation(), access)).setHeader(getTranslation("delegation.assistance"))
                .setAutoWidth(true).setFlexGrow(0);
        if (planning) delegationGrid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        delegationGrid.setEmptyStateText(getTranslation("delegations.empty"));
        delegationGrid.setAllRowsVisible(true);
        delegationGrid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) selectDelegation(change.getValue());
        });
        return new VerticalLayout(title, toolbar, delegationGrid);
    }

    private VerticalLayout participantsColumn() {
        addParticipant.addClickListener(click -> openParticipant(new ParticipantBean()));
        addParticipant.setVisible(planning);
        importParticipants.setVisible(planning);
        var heading = new HorizontalLayout(participantsTitle, importParticipants, addParticipant);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.expand(participantsTitle);
        participantsTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");

        participantGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        participantGrid.addColumn(Participant::fullName).setHeader(getTranslation("participant.name")).setFlexGrow(2);
        participantGrid.addColumn(p -> p.institution().name()).setHeader(getTranslation("participant.institution")).setFlexGrow(3)
                .setTooltipGenerator(p -> getTranslation("institutionType." + p.institution().type()));
        participantGrid.addColumn(p -> p.position().orElse("")).setHeader(getTranslation("participant.position")).setFlexGrow(2);
        participantGrid.addColumn(p -> getTranslation("sex." + p.sex())).setHeader(getTranslation("participant.sex")).setAutoWidth(true).setFlexGrow(0);
        participantGrid.addColumn(p -> getTranslation("participant.role." + p.role())).setHeader(getTranslation("participant.role"))
                .setAutoWidth(true).setFlexGrow(0);
        if (planning) participantGrid.addItemClickListener(click -> openParticipant(ParticipantBean.of(click.getItem())));
        participantGrid.setAllRowsVisible(true);
        participantGrid.setPageSize(50);
        showParticipantsOf(null);
        return new VerticalLayout(heading, participantGrid);
    }

    private String countryName(DelegationDetails details) {
        var code = details.delegation().country().iso2();
        return countryNames.getOrDefault(code, code);
    }

    private Long selectedId() { return selected == null ? null : selected.delegation().id(); }

    private String selectedCountry() { return selected == null ? "" : countryName(selected); }

    private Anchor roadmapLink(DelegationDetails details) {
        if (details.roadmapId() == null) return new Anchor();
        var link = new Anchor("roadmaps/" + details.roadmapId(), getTranslation("delegation.roadmap.open", words().inSentence(Term.ROADMAP)));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The delegation's progress check-ins, for those who review them (and the delegation itself). */
    private Anchor checkInsLink(DelegationDetails details) {
        if (!access.mayReadPersonalData(details.delegation())) return new Anchor();
        var link = new Anchor("delegations/" + details.delegation().id() + "/check-ins", getTranslation("delegation.checkIns.open"));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Button removeButton(DelegationDetails details) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> {
            var delegation = details.delegation();
            if (Attempt.write(() -> delegations.delete(delegation.id(), delegation.version()), cohortChanged)) {
                Attempt.saved();
                refreshDelegations(null);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("delegation.remove", countryName(details)));
        remove.setTooltipText(getTranslation("delegation.remove", countryName(details)));
        remove.setVisible(details.participantCount() == 0);
        return remove;
    }

    private void addDelegation() {
        if (country.isEmpty()) {
            country.setInvalid(true);
            country.setErrorMessage(getTranslation("delegation.country.required"));
            return;
        }
        var created = new DelegationDetails[1];
        if (Attempt.write(() -> created[0] = delegations.create(cohort.cohort().id(), country.getValue()), cohortChanged)) {
            Attempt.saved();
            country.clear();
            country.setInvalid(false);
            refreshDelegations(created[0].delegation().id());
        }
    }

    /** Reads the delegations again and selects the one with the id (or keeps the selection). */
    private void refreshDelegations(Long selectId) {
        List<DelegationDetails> all = delegations.ofCohort(cohort.cohort().id());
        delegationGrid.setItems(all);
        Set<String> taken = all.stream().map(d -> d.delegation().country().iso2()).collect(Collectors.toSet());
        country.setItems(countryNames.keySet().stream().filter(code -> !taken.contains(code)).toList());
        var wanted = selectId != null ? selectId : selected == null ? null : selected.delegation().id();
        all.stream().filter(d -> Objects.equals(d.delegation().id(), wanted)).findFirst()
                .ifPresentOrElse(delegationGrid::select, () -> showParticipantsOf(null));
    }

    private void selectDelegation(DelegationDetails details) {
        selected = details;
        showParticipantsOf(details);
    }

    private void showParticipantsOf(DelegationDetails details) {
        selected = details;
        addParticipant.setEnabled(details != null);
        importParticipants.setEnabled(details != null);
        if (details == null) {
            participantsTitle.setText(getTranslation("participants.title"));
            participantGrid.setItems(List.of());
            participantGrid.setEmptyStateText(getTranslation("participants.select"));
            return;
        }
        var id = details.delegation().id();
        participantsTitle.setText(getTranslation("participants.of", countryName(details)));
        if (!access.mayReadPersonalData(details.delegation())) {
            // another delegation's members are personal data: its name and size are all a peer or sponsor sees
            participantGrid.setItems(List.of());
            participantGrid.setEmptyStateText(getTranslation("participants.private"));
            return;
        }
        participantGrid.setEmptyStateText(getTranslation("participants.empty"));
        participantGrid.setItems(query -> delegations.participants(id, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(delegations.countParticipants(id)));
    }

    private void openParticipant(ParticipantBean bean) {
        if (selected == null) return;
        var delegationId = selected.delegation().id();
        var form = new ParticipantForm();
        form.edit(bean, !bean.isNew());
        var dialog = new FormDialog<>(getTranslation(bean.isNew() ? "participant.new" : "participant.edit", countryName(selected)), form);
        Runnable reload = () -> {
            dialog.close();
            refreshDelegations(delegationId);
        };
        form.addSaveListener(save -> {
            var draft = save.draft();
            Runnable write = draft.isNew() ? () -> delegations.enrol(delegationId, draft.toDraft())
                    : () -> delegations.update(draft.getId(), draft.getVersion(), draft.toDraft());
            Attempt.writeAndReload(write, reload);
        });
        form.addDeleteListener(withdraw -> {
            var draft = withdraw.draft();
            Attempt.writeAndReload(() -> delegations.withdraw(draft.getId(), draft.getVersion()), reload);
        });
        dialog.open();
    }

    /** The grid of the cohort's delegations (for tests). */
    Grid<DelegationDetails> delegationGrid() { return delegationGrid; }
}
