package org.napacademy.interfaces.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.napacademy.application.DelegationChoice;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.UserService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;

/**
 * The administrator's list of user accounts, read page by page and narrowed by text and role; a click on a row
 * edits the account, "New user" creates one. The service refuses everyone but administrators.
 */
@Dependent
@Route(value = "admin/users", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements HasDynamicTitle {
    /** An academy runs a handful of programmes: the first hundred are offered. */
    private static final int PROGRAMMES_OFFERED = 100;
    private final UserService users;
    private final Map<Long, String> delegationNames;
    private final Map<Long, String> programmeNames;
    final TextField text = new TextField(getTranslation("users.filter.text"));
    final ComboBox<Role> role = new ComboBox<>(getTranslation("users.filter.role"));
    final Grid<UserAccount> grid = new Grid<>();

    @Inject
    public UsersView(UserService users, ProgrammeService programmes) {
        this.users = users;
        delegationNames = users.delegationChoices().stream().collect(Collectors.toMap(DelegationChoice::id,
                choice -> choice.country().in(getLocale()) + " · " + choice.cohort(), (a, b) -> a, LinkedHashMap::new));
        programmeNames = programmes.page(0, PROGRAMMES_OFFERED).stream().collect(Collectors.toMap(Programme::id,
                Programme::name, (a, b) -> a, LinkedHashMap::new));
        setSizeFull();

        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new HorizontalLayout(new H1(getTranslation("users.title")), create);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var subtitle = new Paragraph(getTranslation("users.subtitle"));
        subtitle.addClassName("subtitle");

        text.setPlaceholder(getTranslation("users.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        role.setItems(Role.values());
        role.setItemLabelGenerator(this::roleName);
        role.setClearButtonVisible(true);
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(text, role);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().map(this::roleName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(account -> account.delegation().map(d -> delegationNames.get(d.id())).orElse(""))
                .setHeader(getTranslation("user.delegation")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.isActive() ? "user.active.yes" : "user.active.no"))
                .setHeader(getTranslation("user.active")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setItems(query -> users.page(role.getValue(), text.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(users.count(role.getValue(), text.getValue())));

        add(heading, subtitle, filters, grid);
        setFlexGrow(1, grid);
    }

    private void create() {
        var dialog = open("user.form.new", new UserBean());
        dialog.form().addSaveListener(save -> {
            if (Attempt.write(() -> users.create(save.draft().toNewUser()), dialog::close)) {
                dialog.close();
                Attempt.saved();
                grid.getDataProvider().refreshAll();
            }
        });
    }

    private void edit(UserAccount account) {
        var dialog = open("user.form.edit", UserBean.of(users.user(account.id())));
        Runnable reload = () -> {
            dialog.close();
            grid.getDataProvider().refreshAll();
        };
        dialog.form().addSaveListener(save -> {
            var bean = save.draft();
            Attempt.writeAndReload(() -> users.update(bean.getId(), bean.getVersion(), bean.toChanges()), reload);
        });
    }

    private FormDialog<UserBean> open(String titleKey, UserBean bean) {
        var form = new UserForm(delegationNames, programmeNames);
        form.edit(bean, false);
        var dialog = new FormDialog<>(getTranslation(titleKey), form);
        dialog.open();
        return dialog;
    }

    private String roleName(Role value) { return getTranslation("role." + value); }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}
