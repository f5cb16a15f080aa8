package org.napacademy.interfaces.ui.governance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.napacademy.application.Committee;
import org.napacademy.application.CountryService;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.GovernanceService;
import org.napacademy.application.NewSeat;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.FormDialog;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The executive committee of a programme run as a network: its seats (role, subregion, country, term, the
 * gathering that elected it), the seats serving today marked. Administrators and trainers record, change and
 * remove seats; everyone who reads the programme reads its committee. People are never named: roles and countries.
 */
@Dependent
@Route(value = "programmes/:" + CommitteeView.PROGRAMME_ID + "/committee", layout = MainLayout.class)
public class CommitteeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String PROGRAMME_ID = "programmeId";

    private final GovernanceService governance;
    private final CountryService countries;
    final Grid<CommitteeSeat> grid = new Grid<>();
    private final H1 heading = new H1();
    private Committee committee;
    private long programmeId;

    @Inject
    public CommitteeView(GovernanceService governance, CountryService countries) {
        this.governance = governance;
        this.countries = countries;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(seat -> getTranslation("governance.role." + seat.role())).setKey("role")
                .setHeader(getTranslation("governance.column.role")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(seat -> seat.subregion().map(s -> getTranslation("governance.subregion." + s)).orElse("")).setKey("subregion")
                .setHeader(getTranslation("governance.column.subregion")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(seat -> seat.country().name().in(getLocale())).setKey("country")
                .setHeader(getTranslation("governance.column.country")).setFlexGrow(2);
        grid.addComponentColumn(this::termOf).setKey("term")
                .setHeader(getTranslation("governance.column.term")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(seat -> seat.electedAt().name()).setKey("electedAt")
                .setHeader(getTranslation("governance.column.electedAt")).setFlexGrow(2);
        if (governance.mayGovern())
            grid.addComponentColumn(this::actionsOf).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation(governance.mayGovern() ? "governance.empty.manage" : "governance.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            open(event.getRouteParameters().getLong(PROGRAMME_ID).orElseThrow(() -> new EntityNotFound("programme", event.getLocation().getPath())));
        } catch (EntityNotFound e) {
            event.rerouteToError(NotFoundException.class, getTranslation("governance.notFound"));
        }
    }

    /** Shows the committee of programme {@code id}; the service refuses a programme the actor may not read. */
    void open(long id) {
        programmeId = id;
        committee = governance.committee(id);
        heading.setText(getTranslation("governance.title", committee.programme().name()));
        heading.getStyle().set("margin", "0");
        var header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        if (governance.mayGovern()) {
            var add = new Button(getTranslation("governance.add"), VaadinIcon.PLUS.create(), click -> create());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        var subtitle = new Paragraph(getTranslation("governance.subtitle"));
        subtitle.addClassName("subtitle");
        removeAll();
        add(header, subtitle, grid);
        setFlexGrow(1, grid);
        grid.setItems(committee.seats());
    }

    /** The term, with the seats serving today marked under it (a column of its own would not fit a tablet). */
    private Component termOf(CommitteeSeat seat) {
        var cell = new Div(new Span(formats().dates(seat.term())));
        if (committee.isCurrent(seat)) {
            var current = new Span(getTranslation("governance.current"));
            current.addClassName("current-seat");
            current.getStyle().set("background", "var(--lumo-success-color-10pct)").set("color", "var(--lumo-success-text-color)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.1em 0.55em").set("display", "inline-block")
                    .set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600").set("white-space", "nowrap");
            cell.add(new Div(current));
        }
        return cell;
    }

    private Component actionsOf(CommitteeSeat seat) {
        var edit = new Button(getTranslation("action.edit"), click -> edit(seat));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var remove = new Button(getTranslation("governance.remove"), click -> Confirmations.ask(getTranslation("governance.remove.header"),
                getTranslation("governance.remove.text", getTranslation("governance.role." + seat.role()), seat.country().name().in(getLocale())),
                getTranslation("governance.remove"), true,
                () -> Attempt.writeAndReload(() -> governance.remove(seat.id(), seat.version()), this::reload)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void create() {
        var gatherings = governance.gatherings(programmeId);
        var newest = gatherings.isEmpty() ? null : gatherings.get(0);
        var dialog = dialog("governance.form.new", SeatBean.elected(newest == null ? null : newest.id(),
                newest == null ? null : newest.dates().end()), gatherings);
        dialog.form().addSaveListener(save -> store(dialog, () -> governance.elect(new NewSeat(programmeId, save.draft().toChange()))));
    }

    private void edit(CommitteeSeat seat) {
        var dialog = dialog("governance.form.edit", SeatBean.of(seat), governance.gatherings(programmeId));
        dialog.form().addSaveListener(save -> store(dialog,
                () -> governance.change(save.draft().getId(), save.draft().getVersion(), save.draft().toChange())));
    }

    /** Writes through the service: closes the dialog when it went through, keeps it open with the message when refused. */
    private void store(FormDialog<SeatBean> dialog, Runnable write) {
        if (Attempt.write(write, () -> {
            dialog.close();
            reload();
        })) {
            dialog.close();
            Attempt.saved();
            reload();
        }
    }

    private FormDialog<SeatBean> dialog(String titleKey, SeatBean bean, List<Cohort> gatherings) {
        var form = new SeatForm(countries.countries(), gatherings);
        form.edit(bean, false);
        var dialog = new FormDialog<>(getTranslation(titleKey), form);
        dialog.open();
        return dialog;
    }

    private void reload() { open(programmeId); }

    private Formats formats() { return new Formats(getLocale()); }

    @Override
    public String getPageTitle() {
        return getTranslation("governance.title", committee == null ? "" : committee.programme().name()) + " · " + getTranslation("app.title");
    }
}
